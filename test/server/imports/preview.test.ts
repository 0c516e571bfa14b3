import { expect, test } from 'vitest'
import { type Change, kindOf, summarise } from '../../../server/imports/preview'

test('kinds: new without a value, unchanged only over the same official or imported value', () => {
  expect(kindOf(null, 12)).toBe('new')
  expect(kindOf({ value: 12, provenance: 'official', method: 'stored' }, 12)).toBe('unchanged')
  expect(kindOf({ value: 12, provenance: 'imported', method: 'stored' }, 12)).toBe('unchanged')
  // the same figure over a sample still replaces the sample
  expect(kindOf({ value: 12, provenance: 'sample', method: 'stored' }, 12)).toBe('changed')
  expect(kindOf({ value: 62.5, provenance: 'sample', method: 'villages' }, 80)).toBe('changed')
  expect(kindOf({ value: 'II', provenance: 'official', method: 'stored' }, 'III')).toBe('changed')
})

const change = (code: string, indicator: string, kind: Change['kind']): Change => ({
  row: 2,
  sheet: null,
  indicator,
  code,
  name: `Xã ${code}`,
  vintage: '2025',
  year: 2025,
  before: null,
  after: 1,
  kind,
  document: 'd',
})

test('counts per indicator in order of appearance and per unit by code', () => {
  const summary = summarise([
    change('06040', 'poverty_rate', 'new'),
    change('06001', 'poverty_rate', 'changed'),
    change('06001', 'forest_cover', 'unchanged'),
  ])
  expect(summary).toEqual({
    summary: { rows: 3, new: 1, changed: 1, unchanged: 1 },
    byIndicator: [
      { indicator: 'poverty_rate', new: 1, changed: 1, unchanged: 0 },
      { indicator: 'forest_cover', new: 0, changed: 0, unchanged: 1 },
    ],
    byUnit: [
      { code: '06001', name: 'Xã 06001', vintage: '2025', new: 0, changed: 1, unchanged: 1 },
      { code: '06040', name: 'Xã 06040', vintage: '2025', new: 1, changed: 0, unchanged: 0 },
    ],
  })
})
