import { describe, expect, test } from 'vitest'
import { targetWords, thresholdWords } from '../../server/planning/target-words'
import { checkTarget, nearMargin, type PlanTarget } from '../../server/planning/targets'
import type { CommuneValue, Indicator, IndicatorLayer } from '../../web/api'
import { buildChoropleth, defaultClassification } from '../../web/choropleth'
import { noDataColour, regionColours, targetPalette } from '../../web/palette'

// The map shows the server's judgement (planning/targets.ts): fixtures are made by the same rule.
const culturalHouses = {
  year: 2025 as const,
  operator: '>=' as const,
  value: 60,
  scope: 'commune' as const,
} satisfies PlanTarget
const checked = (value: number) => {
  const check = checkTarget(culturalHouses, value, null, 'percent')!
  return [{ ...check, words: thresholdWords(culturalHouses, check, 'percent') }]
}
const layerTarget = {
  ...culturalHouses,
  textVi: '60',
  clause: 'II.2.1',
  words: targetWords(culturalHouses, 'percent'),
  perCommune: false,
  threshold: 60,
  margin: nearMargin('percent', 60),
}

const indicator = (overrides: Partial<Indicator> = {}): Indicator =>
  ({
    code: 'cultural_house',
    unit: 'percent',
    valueType: 'number',
    better: 'higher',
    carryRule: 'village_share',
    targets: [{ year: 2025, operator: '>=', value: 60, scope: 'commune', textVi: '60', clause: 'II.2.1' }],
    years: [2021, 2025],
    ...overrides,
  }) as Indicator

const row = (code: string, value: Partial<CommuneValue>): CommuneValue =>
  ({
    code,
    name: `Xã ${code}`,
    valueNumber: null,
    valueCategory: null,
    valueFlag: null,
    provenance: 'sample',
    targets: [],
    ...value,
  }) as CommuneValue

const layer = (communes: CommuneValue[], rule: string | null = null, target: object | null = layerTarget) =>
  ({
    indicator: 'cultural_house',
    year: 2025,
    vintage: '2025',
    level: 'commune',
    communes,
    villages: null,
    rule: rule === null ? null : { vi: rule, en: rule },
    target,
  }) as IndicatorLayer

describe('buildChoropleth', () => {
  test('target classes: met, near (within 10 points) and below, with counts', () => {
    const communes = [
      row('1', { valueNumber: 70, targets: checked(70) }),
      row('2', { valueNumber: 55, targets: checked(55) }),
      row('3', { valueNumber: 20, targets: checked(20) }),
      row('4', {}),
    ]
    const map = buildChoropleth({ layer: layer(communes), indicator: indicator(), classification: 'target' })
    expect(map.kind).toBe('target')
    expect(map.classes.map((item) => [item.label, item.codes])).toEqual([
      ['below', ['3']],
      ['near', ['2']],
      ['met', ['1']],
    ])
    expect(map.noData).toEqual(['4'])
    expect(map.colours.get('1')).toBe(targetPalette[2])
    expect(map.colours.has('4')).toBe(false)
    expect(map.target).toMatchObject({ year: 2025, threshold: 60 })
  })

  test('numeric classes colour every commune with a value and count no-data apart', () => {
    const communes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => row(String(value), { valueNumber: value }))
    const map = buildChoropleth({
      layer: layer([...communes, row('none', {})]),
      indicator: indicator(),
      classification: 'quantile',
    })
    expect(map.classes).toHaveLength(5)
    expect(map.classes.reduce((sum, item) => sum + item.codes.length, 0)).toBe(10)
    expect(map.noData).toEqual(['none'])
  })

  test('held breaks are used as given', () => {
    const communes = [10, 20, 30].map((value) => row(String(value), { valueNumber: value }))
    const map = buildChoropleth({
      layer: layer(communes),
      indicator: indicator(),
      classification: 'equal',
      heldBreaks: [0, 50, 100],
    })
    expect(map.breaks).toEqual([0, 50, 100])
    expect(map.classes[0]!.codes).toEqual(['10', '20', '30'])
  })

  test('statuses are categorical: region III in its own colour', () => {
    const communes = [row('a', { valueCategory: 'III' }), row('b', { valueCategory: 'I' })]
    const map = buildChoropleth({
      layer: layer(communes),
      indicator: indicator({ valueType: 'category', unit: 'status' }),
      classification: 'quantile',
    })
    expect(map.kind).toBe('category')
    expect(map.colours.get('a')).toBe(regionColours.III)
  })

  test('without a commune target, target classes fall back to quantiles and say so', () => {
    const communes = [1, 2, 3].map((value) => row(String(value), { valueNumber: value }))
    const map = buildChoropleth({
      layer: layer(communes, null, null),
      indicator: indicator({ targets: [] }),
      classification: 'target',
    })
    expect(map).toMatchObject({ kind: 'numeric', classification: 'quantile', fallback: 'no-commune-target' })
  })

  test('a yes/no indicator carried from former units is shown as a percentage', () => {
    const communes = [row('a', { valueNumber: 50 }), row('b', { valueNumber: 100 })]
    const map = buildChoropleth({
      layer: layer(communes, 'share'),
      indicator: indicator({ valueType: 'flag', unit: 'flag' }),
      classification: 'quantile',
    })
    expect(map.unit).toBe('percent')
  })
})

describe('defaults', () => {
  test('target classes where the plan sets a commune target, quantiles otherwise', () => {
    expect(defaultClassification(indicator())).toBe('target')
    expect(
      defaultClassification(
        indicator({
          targets: [
            {
              ...culturalHouses,
              value: 300,
              scope: 'province',
              textVi: '300',
              clause: '',
              clauseWords: { vi: '', en: '' },
              words: { vi: '', en: '' },
              perCommune: false,
            },
          ],
        }),
      ),
    ).toBe('quantile')
  })

  test('no-data is grey', () => {
    expect(noDataColour).toMatch(/^#[0-9a-f]{6}$/)
  })
})
