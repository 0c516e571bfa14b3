import { describe, expect, test } from 'vitest'
import { fromCommunes, provinceSeries } from '../../../server/planning/province'
import type { UnitValue } from '../../../server/sql/indicator-values'

function row(code: string, value: Partial<UnitValue>): UnitValue {
  return {
    indicator: 'x',
    year: 2025,
    code,
    name: code,
    valueNumber: null,
    valueCategory: null,
    valueFlag: null,
    provenance: 'sample',
    source: 'test',
    method: 'stored',
    villages: null,
    flagged: null,
    fromCodes: null,
    targets: [],
    ...value,
  }
}
const sizes = new Map([
  ['A', { population: 1000, areaKm2: 10 }],
  ['B', { population: 3000, areaKm2: 30 }],
])
const indicator = (valueType: string, carryRule: string) => ({ code: 'x', valueType, measuredAt: 'commune', carryRule })

describe('fromCommunes', () => {
  const numbers = [row('A', { valueNumber: 10 }), row('B', { valueNumber: 20, provenance: 'official' })]
  test.each([
    ['population_mean', 17.5],
    ['area_mean', 17.5],
    ['sum', 30],
  ])('%s → %d', (rule, expected) => {
    expect(fromCommunes(indicator('number', rule), numbers, sizes)?.value).toBe(expected)
  })

  test('a village share is the share of all the villages, not the mean of the communes', () => {
    const rows = [
      row('A', { valueNumber: 100, villages: 1, flagged: 1 }),
      row('B', { valueNumber: 0, villages: 3, flagged: 0 }),
    ]
    expect(fromCommunes(indicator('number', 'village_share'), rows, sizes)?.value).toBe(25)
  })

  test('yes/no is the share of the communes assessed with yes; a status the number in region III', () => {
    const flags = [row('A', { valueFlag: true }), row('B', { valueFlag: false }), row('C', {})]
    expect(fromCommunes(indicator('flag', 'share_of_former_yes'), flags, sizes)?.value).toBe(50)
    const statuses = [row('A', { valueCategory: 'III' }), row('B', { valueCategory: 'II' })]
    expect(fromCommunes(indicator('category', 'share_of_former_region_iii'), statuses, sizes)?.value).toBe(1)
  })

  test('a carried share of former units is no status: nothing to count', () => {
    expect(
      fromCommunes(indicator('category', 'share_of_former_region_iii'), [row('A', { valueNumber: 50 })], sizes),
    ).toBeNull()
  })
})

describe('provinceSeries', () => {
  const inputs = {
    stored: [{ indicator: 'x', year: 2021, valueNumber: 12.2, provenance: 'official' as const, source: 'report' }],
    communeRows: [2021, 2022].map((year) => row('A', { year, valueNumber: 9 })),
    formerList: [],
    sizes,
  }

  test('an official province figure wins; other years are computed and as weak as their inputs', () => {
    expect(provinceSeries(indicator('number', 'population_mean'), [2021, 2022, 2023], inputs)).toEqual([
      expect.objectContaining({
        year: 2021,
        value: 12.2,
        provenance: 'official',
        method: 'official',
        source: 'report',
      }),
      expect.objectContaining({
        year: 2022,
        value: 9,
        provenance: 'sample',
        method: 'computed',
        words: {
          vi: 'bình quân các xã theo dân số 2025',
          en: 'mean of the communes weighted by their 2025 population',
        },
      }),
    ])
  })

  test('especially difficult villages: the official 385 of 1,646 where it applies, else a count over the mapped villages', () => {
    const villages = indicator('number', 'village_count')
    const official = {
      indicator: 'x',
      year: 2026,
      valueNumber: 385,
      provenance: 'official' as const,
      source: 'QĐ',
      outOf: 1646,
    }
    const mapped = [
      row('A', { year: 2024, valueNumber: 200, villages: 900, flagged: 200 }),
      row('B', { year: 2024, valueNumber: 72, villages: 451, flagged: 72 }),
    ]
    const series = provinceSeries(villages, [2024, 2026], { ...inputs, stored: [official], communeRows: mapped })
    expect(series.map((item) => [item.year, item.value, item.method, item.words.vi])).toEqual([
      [2024, 272, 'computed', '272 trong số 1.351 thôn có trên bản đồ'],
      [2026, 385, 'official', 'số liệu chính thức: 385 trong số 1.646'],
    ])
  })

  test('before the merger statuses are counted on the 2021 list', () => {
    const formerList = [
      { indicator: 'x', year: 2021, units: 200, regionIii: 88, assessed: 0, yes: 0, provenances: ['sample' as const] },
    ]
    const series = provinceSeries(indicator('category', 'share_of_former_region_iii'), [2021], {
      ...inputs,
      stored: [],
      formerList,
    })
    expect(series).toEqual([
      expect.objectContaining({ year: 2021, value: 88, method: 'computed', provenance: 'sample' }),
    ])
  })
})
