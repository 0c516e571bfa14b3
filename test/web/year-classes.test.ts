import { describe, expect, test } from 'vitest'
import type { CommuneValue, Indicator, IndicatorLayer } from '../../web/api'
import { buildChoropleth } from '../../web/choropleth'
import { textFor } from '../../web/i18n/text'
import { breakMethodOf, breaksAcrossYears, classYearsNote, valuesAcrossYears } from '../../web/year-classes'

// Forest cover rising in every commune, year after year: the change the fixed classes must show.
const indicator = {
  code: 'forest_cover',
  unit: 'percent',
  valueType: 'number',
  better: 'higher',
  targets: [],
  years: [2021, 2022, 2023],
} as unknown as Indicator

const layerOf = (year: number, values: (number | null)[]) =>
  ({
    indicator: 'forest_cover',
    year,
    vintage: '2025',
    level: 'commune',
    villages: null,
    rule: null,
    target: null,
    communes: values.map((value, index) => ({
      code: `0600${index}`,
      name: `Xã ${index}`,
      valueNumber: value,
      valueCategory: null,
      valueFlag: null,
      provenance: 'sample',
      targets: [],
    })) as unknown as CommuneValue[],
  }) as unknown as IndicatorLayer

const years = [
  layerOf(2021, [40, 45, 50, 55, 60]),
  layerOf(2022, [45, 50, 55, 60, 65]),
  layerOf(2023, [50, 55, 60, 65, null]),
]
const ranges = (map: ReturnType<typeof buildChoropleth>) =>
  map.classes.map((item) => [item.key, item.lower, item.upper])

describe('classes fixed across years', () => {
  test('the pool is every commune value of every year, without the missing ones', () => {
    expect(valuesAcrossYears(years)).toHaveLength(14)
  })

  test('every year is drawn with the same classes, cut over all years, and the counts follow the year', () => {
    const breaks = breaksAcrossYears(years, 'equal')
    expect(breaks).toEqual([40, 45, 50, 55, 60, 65])
    const maps = years.map((layer) =>
      buildChoropleth({ layer, indicator, classification: 'equal', heldBreaks: breaks }),
    )
    expect(ranges(maps[1]!)).toEqual(ranges(maps[0]!))
    expect(ranges(maps[2]!)).toEqual(ranges(maps[0]!))
    expect(maps.map((map) => map.classes[0]!.codes.length)).toEqual([1, 0, 0])
    expect(maps.map((map) => map.classes.at(-1)!.codes.length)).toEqual([1, 2, 2])
    expect(maps[2]!.noData).toEqual(['06004'])
  })

  test('a commune that improves changes colour; with each year its own classes it would not', () => {
    const breaks = breaksAcrossYears(years, 'quantile')
    const fixed = years.map((layer) =>
      buildChoropleth({ layer, indicator, classification: 'quantile', heldBreaks: breaks }),
    )
    expect(fixed[2]!.colours.get('06000')).not.toBe(fixed[0]!.colours.get('06000'))
    // Every commune gained 5 points: each year's own quantiles rank them the same way every year.
    const own = years
      .slice(0, 2)
      .map((layer) => buildChoropleth({ layer, indicator, classification: 'quantile', heldBreaks: null }))
    expect(own[1]!.colours).toEqual(own[0]!.colours)
  })

  test('no values in any year: no breaks to hold', () => {
    expect(breaksAcrossYears([layerOf(2021, [null, null])], 'jenks')).toBeNull()
  })
})

describe('which maps need breaks', () => {
  test('numbers by a break method do; statuses and yes/no never', () => {
    expect(breakMethodOf(indicator, 'jenks', years[0])).toBe('jenks')
    expect(breakMethodOf({ valueType: 'category' }, 'quantile', years[0])).toBeNull()
    expect(breakMethodOf({ valueType: 'flag' }, 'equal', years[0])).toBeNull()
  })

  test('target classes need none, unless the year has no commune target and falls back to quantiles', () => {
    const withTarget = { target: { year: 2025 } } as unknown as IndicatorLayer
    expect(breakMethodOf(indicator, 'target', withTarget)).toBeNull()
    expect(breakMethodOf(indicator, 'gap', withTarget)).toBeNull()
    expect(breakMethodOf(indicator, 'target', years[0])).toBe('quantile')
    expect(breakMethodOf(indicator, 'target', undefined)).toBeNull()
  })
})

test('the legend says how the classes stand across years, in both languages', () => {
  expect(classYearsNote(textFor('vi'), 'all', [2021, 2022, 2026])).toContain('mọi năm 2021–2026')
  expect(classYearsNote(textFor('en'), 'all', [2021, 2026])).toContain('every year 2021–2026')
  expect(classYearsNote(textFor('vi'), 2024, [2024])).toBe('Các lớp giữ theo số liệu năm 2024.')
  expect(classYearsNote(textFor('en'), 'each', null)).toBeNull()
})
