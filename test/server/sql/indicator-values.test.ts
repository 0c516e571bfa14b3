import { describe, expect, test } from 'vitest'
import { indicatorValues } from '../../../server/sql/indicator-values'
import { listIndicators } from '../../../server/sql/indicators'
import { sharedDatabase } from '../../database'

const database = sharedDatabase()
const values = (indicator: string, year: number, vintage: string, unitCode?: string) =>
  indicatorValues(database.sql(), { indicators: [indicator], years: [year], vintage, unitCode })

describe('the region classification of 2021 (QĐ 861/QĐ-TTg)', () => {
  test('has exactly the official counts on the 200 units: 88 III, 8 II, 103 I, 1 outside the area', async () => {
    const rows = await values('especially_difficult_commune', 2021, '2021')
    const counts: Record<string, number> = {}
    for (const row of rows) counts[row.valueCategory ?? 'missing'] = (counts[row.valueCategory ?? 'missing'] ?? 0) + 1
    expect(counts).toEqual({ III: 88, II: 8, I: 103, none: 1 })
    expect(rows.every((row) => row.provenance === 'sample')).toBe(true)
  })

  test('reaches the 2025 communes as the share of former units in region III', async () => {
    const [row] = await values('especially_difficult_commune', 2021, '2025', '06040')
    const [former] = await database.sql()`
      select sum(c.share * (v.value_category = 'III')::int) * 100 / sum(c.share) as expected
      from crosswalk c join unit f on f.id = c.from_unit_id and f.vintage = '2021' join unit t on t.id = c.to_unit_id
      join indicator_value v on v.unit_id = f.id and v.indicator = 'especially_difficult_commune' and v.year = 2021 and v.superseded_by is null
      where t.code = '06040' and t.vintage = '2025'`
    expect(row).toMatchObject({ method: 'crosswalk', provenance: 'sample', targets: [] })
    expect(row!.valueNumber).toBeCloseTo(former!.expected, 2)
    expect(row!.fromCodes).toEqual(['05995', '06013', '06034', '06040'])
  })
})

describe('carrying 2021–2024 values onto the 2025 communes', () => {
  test('a population-weighted mean uses the 2019 census of the former units', async () => {
    const [row] = await values('poverty_rate', 2022, '2025', '06187')
    const [expected] = await database.sql()`
      select sum(v.value_number * p.value_number * c.share) / sum(p.value_number * c.share) as mean
      from crosswalk c join unit f on f.id = c.from_unit_id and f.vintage = '2021' join unit t on t.id = c.to_unit_id
      join indicator_value v on v.unit_id = f.id and v.indicator = 'poverty_rate' and v.year = 2022 and v.superseded_by is null
      join indicator_value p on p.unit_id = f.id and p.indicator = 'population' and p.superseded_by is null
      where t.code = '06187' and t.vintage = '2025'`
    expect(row!.method).toBe('crosswalk')
    expect(row!.valueNumber).toBeCloseTo(expected!.mean, 2)
  })

  test('a sum takes the area share of a split unit', async () => {
    const [row] = await values('temporary_houses', 2023, '2025', '06625')
    const [expected] = await database.sql()`
      select sum(v.value_number * c.share) as total
      from crosswalk c join unit f on f.id = c.from_unit_id and f.vintage = '2021' join unit t on t.id = c.to_unit_id
      join indicator_value v on v.unit_id = f.id and v.indicator = 'temporary_houses' and v.year = 2023 and v.superseded_by is null
      where t.code = '06625' and t.vintage = '2025'`
    expect(row!.valueNumber).toBeCloseTo(expected!.total, 2)
    expect(row!.fromCodes).toEqual(expect.arrayContaining(['06622', '06625']))
  })
})

describe('carrying rules that need more than values', () => {
  test("an area-weighted mean (forest cover) uses the 2021 units' areas derived from their 2008–2019 polygons", async () => {
    const rows = await values('forest_cover', 2022, '2025')
    expect(rows.every((row) => row.method === 'crosswalk' && row.valueNumber !== null)).toBe(true)
    const [unit] =
      await database.sql()`select area_km2, area_source from unit where vintage = '2021' and code = '06040'`
    expect(unit).toMatchObject({ areaKm2: expect.any(Number), areaSource: expect.stringMatching(/^derived/) })
  })

  test('the share of former units meeting the new-rural standard counts only the assessed ones (not wards or towns)', async () => {
    const rows = await values('new_rural_standard', 2023, '2025')
    expect(rows.every((row) => row.valueNumber !== null && row.valueNumber >= 0 && row.valueNumber <= 100)).toBe(true)
    // Phường Kỳ Lừa was formed from a ward, a town and three communes: only the communes count.
    const [kyLua] = rows.filter((row) => row.code === '06187')
    expect(kyLua!.fromCodes!.length).toBeGreaterThanOrEqual(3)
  })
})

describe('village indicators', () => {
  test('a commune value is the share of its mapped villages with the flag', async () => {
    const [row] = await values('village_road_hardened', 2025, '2025', '06184')
    expect(row!.method).toBe('villages')
    expect(row!.villages).toBeGreaterThan(0)
    expect(row!.valueNumber).toBeCloseTo((100 * row!.flagged!) / row!.villages!, 2)
  })

  test('the 16 units named as having no especially difficult village in 2026 show the official 0', async () => {
    const rows = await values('especially_difficult_villages', 2026, '2025')
    const official = rows.filter((row) => row.provenance === 'official')
    expect(official).toHaveLength(16)
    expect(official.every((row) => row.valueNumber === 0 && row.method === 'stored')).toBe(true)
    expect(rows.filter((row) => row.provenance === 'sample').every((row) => row.valueNumber! >= 1)).toBe(true)
  })

  test('about 23.4 % of the mapped villages outside those 16 units are especially difficult in 2026', async () => {
    const [row] = await database.sql()`
      select avg(v.value_flag::int) as share from indicator_value v join village vi on vi.id = v.village_id
      where v.indicator = 'especially_difficult_villages' and v.year = 2026 and v.superseded_by is null
        and vi.commune_2025_id not in (select unit_id from indicator_value where provenance = 'official'
          and indicator = 'especially_difficult_villages' and year = 2026)`
    expect(row!.share).toBeCloseTo(385 / 1646, 2)
  })
})

describe('targets', () => {
  test('a value is compared with the commune target of the plan', async () => {
    const [row] = await values('cultural_house', 2025, '2025', '06184')
    const [target] = row!.targets
    expect(target).toMatchObject({ year: 2025, threshold: 60 })
    expect(target!.met).toBe(row!.valueNumber! >= 60)
    expect(target!.gap).toBeCloseTo(row!.valueNumber! - 60, 2)
  })

  test('"reduce by 3 points a year" is measured from the commune\'s own 2021 value', async () => {
    const [row] = await values('poverty_rate', 2024, '2025', '06040')
    const [base] = await values('poverty_rate', 2021, '2025', '06040')
    const target2025 = row!.targets.find((target) => target.year === 2025)!
    expect(target2025.threshold).toBeCloseTo(Math.max(0, base!.valueNumber! - 12), 2)
  })

  test('a province-only target (300 standard schools) is not a commune target', async () => {
    const [row] = await values('standard_schools', 2025, '2025', '06040')
    expect(row!.targets).toEqual([])
  })
})

describe('the official province figures anchor the sample', () => {
  test('the population-weighted poverty rate of the 2021 units is the official 12.2 % (2021) and 3.36 % (2024)', async () => {
    for (const [year, official] of [
      [2021, 12.2],
      [2024, 3.36],
    ] as const) {
      const [row] = await database.sql()`
        select sum(v.value_number * coalesce(p.value_number, m.median)) / sum(coalesce(p.value_number, m.median)) as mean
        from unit u join indicator_value v on v.unit_id = u.id and v.indicator = 'poverty_rate' and v.year = ${year} and v.superseded_by is null
        left join indicator_value p on p.unit_id = u.id and p.indicator = 'population' and p.superseded_by is null
        cross join (select percentile_disc(0.5) within group (order by value_number) as median from indicator_value x join unit y on y.id = x.unit_id
          where x.indicator = 'population' and y.vintage = '2021') m
        where u.vintage = '2021'`
      expect(row!.mean).toBeCloseTo(official, 1)
    }
  })
})

describe('listIndicators', () => {
  test('puts the four headline indicators first and says which years have data', async () => {
    const catalogue = await listIndicators(database.sql())
    expect(catalogue.slice(0, 5).map((indicator) => indicator.code)).toEqual([
      'especially_difficult_commune',
      'commune_road_paved',
      'village_road_hardened',
      'cultural_house',
      'forest_cover',
    ])
    expect(catalogue.find((indicator) => indicator.code === 'forest_cover')).toMatchObject({
      years: [2021, 2022, 2023, 2024, 2025, 2026],
      targets: [{ year: 2030, operator: '>=', value: 67, scope: 'commune' }],
      departmentVi: 'Sở Nông nghiệp và Phát triển nông thôn',
    })
  })
})
