import { expect, test } from 'vitest'
import type { CommuneValue, Indicator } from '../../web/api'
import { buildChoropleth } from '../../web/choropleth'
import { gapClasses } from '../../web/gap-classes'
import { textFor } from '../../web/i18n/text'
import { legendEntries } from '../../web/legend-entries'

const indicator = {
  code: 'cultural_house',
  unit: 'percent',
  valueType: 'number',
  better: 'higher',
  targets: [{ year: 2025, operator: '>=', value: 60, scope: 'commune', textVi: '60', clause: 'II.2.1' }],
  years: [2025],
} as unknown as Indicator

const row = (code: string, value: number): CommuneValue =>
  ({
    code,
    name: code,
    valueNumber: value,
    valueCategory: null,
    valueFlag: null,
    provenance: 'sample',
    targets: [{ year: 2025, threshold: 60, gap: value - 60, met: value >= 60 }],
  }) as CommuneValue

test('communes fall in gap classes by how much they miss or pass the target, in points', () => {
  const rows = [row('far', 30), row('below', 45), row('near', 55), row('met', 65), row('beyond', 80)]
  const gap = gapClasses(rows, indicator, 2025, 'percent')!
  expect(gap.margin).toBe(10)
  expect(gap.classes.map((item) => item.codes)).toEqual([['far'], ['below'], ['near'], ['met'], ['beyond']])
})

test('for "lower is better" a value above the threshold is a shortfall', () => {
  const lower = { ...indicator, better: 'lower' } as Indicator
  const rows = [row('a', 95)].map((item) => ({
    ...item,
    targets: [{ year: 2025, threshold: 60, gap: 35, met: false }],
  }))
  expect(gapClasses(rows, lower, 2025, 'percent')!.classes[0]!.codes).toEqual(['a'])
})

test('the legend names the gap classes with the margin in the unit, in Vietnamese by default', () => {
  const layer = { year: 2025, rule: null, communes: [row('a', 30), row('b', 65)] } as never
  const map = buildChoropleth({ layer, indicator, classification: 'gap' })
  expect(map.kind).toBe('gap')
  const labels = legendEntries(map, textFor('vi'), 'vi').map((entry) => entry.label)
  expect(labels[0]).toBe('Thiếu hơn 20\u00a0%')
  expect(labels.at(-1)).toBe('Không có số liệu')
})
