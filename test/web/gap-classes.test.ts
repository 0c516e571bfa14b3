import { expect, test } from 'vitest'
import { targetWords } from '../../server/planning/target-words'
import { checkTarget, type PlanTarget } from '../../server/planning/targets'
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

const plan = { year: 2025 as const, operator: '>=' as const, value: 60, scope: 'commune' as const } satisfies PlanTarget
const target = {
  ...plan,
  textVi: '60',
  clause: 'II.2.1',
  clauseWords: { vi: 'mục II.2.1', en: 'section II.2.1' },
  words: targetWords(plan, 'percent'),
  perCommune: false,
  threshold: 60,
  margin: 10,
}

const row = (code: string, value: number): CommuneValue =>
  ({
    code,
    name: code,
    valueNumber: value,
    valueCategory: null,
    valueFlag: null,
    provenance: 'sample',
    targets: [checkTarget(plan, value, null, 'percent')],
  }) as unknown as CommuneValue

test('communes fall in gap classes by how much they miss or pass the target, in points', () => {
  const rows = [row('far', 30), row('below', 45), row('near', 55), row('met', 65), row('beyond', 80)]
  const gap = gapClasses(rows, indicator, target)!
  expect(gap.margin).toBe(10)
  expect(gap.classes.map((item) => item.codes)).toEqual([['far'], ['below'], ['near'], ['met'], ['beyond']])
})

test('for "lower is better" a value above the threshold is a shortfall', () => {
  const lower = { ...indicator, better: 'lower' } as Indicator
  const rows = [row('a', 95)].map((item) => ({
    ...item,
    targets: [checkTarget({ ...plan, operator: '<=' }, 95, null, 'percent')],
  })) as unknown as CommuneValue[]
  expect(gapClasses(rows, lower, target)!.classes[0]!.codes).toEqual(['a'])
})

test('the legend names the gap classes with the margin in percentage points, in Vietnamese by default', () => {
  const layer = { year: 2025, rule: null, target, communes: [row('a', 30), row('b', 65)] } as never
  const map = buildChoropleth({ layer, indicator, classification: 'gap' })
  expect(map.kind).toBe('gap')
  const labels = legendEntries(map, textFor('vi'), 'vi').map((entry) => entry.label)
  expect(labels[0]).toBe('Thiếu hơn 20 điểm\u00a0%')
  expect(labels.at(-1)).toBe('Không có số liệu')
})
