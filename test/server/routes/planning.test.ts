import { beforeAll, describe, expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { appFor, sessionFor, testAccount } from './app'

const database = sharedDatabase()
const api = appFor(database)
const cookies = { planner: '', admin: '', border: '' }
beforeAll(async () => {
  const sql = database.sql()
  for (const role of ['planner', 'admin', 'border'] as const)
    cookies[role] = await sessionFor(sql, (await testAccount(sql, [role])).id)
})
const asPlanner = (url: string) => api.get(url, { cookie: cookies.planner })

type Item = {
  code: string
  name: string
  rank: number | null
  score: number | null
  population: number | null
  contributions: Record<string, number>
  normalised: Record<string, number>
  values: Record<string, number | string | boolean | null>
  stability: number | null
}
const ranking = async (query: string) => {
  const answer = await asPlanner(`/api/ranking?${query}`)
  expect(answer.status).toBe(200)
  return answer.json() as { missing: { code: string; name: string; indicators: string[] }[]; items: Item[] }
}

describe.each([
  '/api/ranking?weights=poverty_rate:1',
  '/api/targets',
  '/api/export.csv?kind=ranking&weights=poverty_rate:1',
  '/api/export.geojson?kind=ranking&weights=poverty_rate:1',
])('%s', (url) => {
  test('answers 401 without a session and 403 without the planner or admin role, whatever is asked', async () => {
    expect((await api.get(url)).status).toBe(401)
    expect((await api.get(`${url}${url.includes('?') ? '&' : '?'}year=1`)).status).toBe(401)
    expect((await api.get(url, { cookie: cookies.border })).status).toBe(403)
  })

  test('answers planners and admins', async () => {
    expect((await api.get(url, { cookie: cookies.planner })).status).toBe(200)
    expect((await api.get(url, { cookie: cookies.admin })).status).toBe(200)
  })
})

describe('GET /api/ranking', () => {
  test('with one indicator the ranking is the order of its values, worst first', async () => {
    const poverty = await ranking('weights=poverty_rate:1&year=2025')
    const values = poverty.items.map((item) => item.values.poverty_rate as number)
    expect(poverty.items).toHaveLength(65)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    expect(poverty.items[0]).toMatchObject({ rank: 1, score: 100, stability: 0 })
    const forest = await ranking('weights=forest_cover:1&year=2025')
    const cover = forest.items.map((item) => item.values.forest_cover as number)
    expect(cover).toEqual([...cover].sort((a, b) => a - b))
  })

  test('minmax scales by the range, rank by the percentile', async () => {
    const minmax = await ranking('weights=poverty_rate:1&normalise=minmax')
    const rank = await ranking('weights=poverty_rate:1&normalise=rank')
    expect(rank.items.map((item) => item.code)).toEqual(minmax.items.map((item) => item.code))
    const values = minmax.items.map((item) => item.values.poverty_rate as number)
    const [max, min] = [values[0]!, values.at(-1)!]
    const middle = minmax.items[32]!
    expect(middle.normalised.poverty_rate).toBeCloseTo(((middle.values.poverty_rate as number) - min) / (max - min), 3)
    // 65 distinct enough values: the 33rd worst of 65 is the median, percentile 0.5
    expect(rank.items[32]!.normalised.poverty_rate).toBeCloseTo(0.5, 1)
    expect(rank.items.at(-1)!.normalised.poverty_rate).toBe(0)
  })

  test('a commune without a value is listed as missing and unranked at the end, not dropped', async () => {
    const answer = await ranking('weights=poverty_rate:2,new_rural_standard:1&year=2025')
    expect(answer.missing).toHaveLength(4)
    for (const commune of answer.missing) {
      expect(commune.name).toMatch(/^Phường /)
      expect(commune.indicators).toEqual(['new_rural_standard'])
    }
    expect(answer.items).toHaveLength(65)
    expect(answer.items.slice(-4).map((item) => item.code)).toEqual(answer.missing.map((commune) => commune.code))
    expect(answer.items.slice(-4).every((item) => item.rank === null && item.score === null)).toBe(true)
    expect(answer.items.slice(0, 61).every((item) => item.rank !== null)).toBe(true)
  })

  test('answers the weights, directions, mapping, contributions, population and stability', async () => {
    const answer = await asPlanner('/api/ranking?weights=especially_difficult_commune:1,village_road_hardened:2')
    expect(answer.json()).toMatchObject({
      year: 2025,
      method: 'minmax',
      weights: { especially_difficult_commune: 1, village_road_hardened: 2 },
      direction: { especially_difficult_commune: 'lower', village_road_hardened: 'higher' },
      mapping: { especially_difficult_commune: { none: 0, I: 1, II: 2, III: 3 }, flags: { yes: 1, no: 0 } },
    })
    for (const item of answer.json().items as Item[]) {
      expect(Number.isInteger(item.stability) && item.stability! >= 0).toBe(true)
      expect(item.population).toBeGreaterThan(0)
      if (item.score! > 0)
        expect(
          item.contributions.especially_difficult_commune! + item.contributions.village_road_hardened!,
        ).toBeCloseTo(1, 3)
    }
  })

  test('a pre-merger year ranks the values carried through the crosswalk', async () => {
    const answer = await ranking('weights=poverty_rate:1,commune_road_paved:1&year=2022')
    expect(answer.missing).toEqual([])
    expect(typeof answer.items[0]!.values.commune_road_paved).toBe('number')
  })

  test.each([
    ['weights=foo:1', 'weights: unknown indicator "foo"'],
    ['weights=poverty_rate:abc', 'weights: "poverty_rate:abc" needs a number after the colon'],
    ['weights=poverty_rate:0', 'weights: "poverty_rate:0": a weight must be more than 0 and at most 100'],
    ['weights=poverty_rate:1,poverty_rate:2', 'weights: "poverty_rate" is weighted twice'],
    ['weights=income_per_capita:1', 'weights: "income_per_capita" is measured for the province only'],
    ['weights=population:1', 'weights: "population" is not a measure of disadvantage'],
    ['', 'weights: is required'],
    ['weights=poverty_rate:1&year=2020', 'year: must be 2021 or later'],
    ['weights=poverty_rate:1&normalise=zscore', 'normalise: must be minmax or rank'],
  ])('?%s is a 400: %s', async (query, message) => {
    const answer = await asPlanner(`/api/ranking?${query}`)
    expect(answer.status).toBe(400)
    expect(answer.json().error).toContain(message)
  })
})

describe('GET /api/targets', () => {
  type Row = {
    indicator: string
    targetYear: number
    threshold: number | null
    status: string
    communes: { met: number; total: number } | null
    province: { year: number; value: number; provenance: string; method: string } | null
    series: { year: number; value: number; provenance: string; method: string }[]
  }
  let rows: Row[] = []
  beforeAll(async () => {
    const answer = await asPlanner('/api/targets')
    expect(answer.json().year).toBe(2026)
    rows = answer.json().targets
  })
  const row = (indicator: string, year: number) =>
    rows.find((item) => item.indicator === indicator && item.targetYear === year)!

  test('lists every target of the plan in catalogue order, then by target year', async () => {
    const [count] = await database.sql()`select count(*)::int as n from indicator_target`
    expect(rows).toHaveLength(count!.n)
    expect(rows[0]!.indicator).toBe('especially_difficult_commune')
    expect(rows.indexOf(row('poverty_rate', 2025)) + 1).toBe(rows.indexOf(row('poverty_rate', 2030)))
  })

  test('official province figures win over the communes: poverty 12.2 % in 2021 and 3.36 % in 2024', () => {
    const poverty = row('poverty_rate', 2025)
    expect(poverty.series.find((value) => value.year === 2021)).toMatchObject({
      value: 12.2,
      provenance: 'official',
      method: 'official',
    })
    expect(poverty.series.find((value) => value.year === 2024)).toMatchObject({
      value: 3.36,
      provenance: 'official',
      method: 'official',
    })
    expect(poverty.threshold).toBe(0.2)
    expect(row('poverty_rate', 2030).threshold).toBe(0)
    expect(poverty.communes).toEqual({ met: expect.any(Number), total: 65 })
  })

  test('other figures are computed from the communes and stay sample when their inputs are', () => {
    const forest = row('forest_cover', 2030)
    expect(forest.province).toMatchObject({ year: 2026, method: 'computed', provenance: 'sample' })
    expect(forest.series.map((value) => value.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026])
  })

  test('standard schools: the province total is the sum of the communes, against the 300 of the plan', async () => {
    const layer = (await api.get('/api/indicators/standard_schools/values?year=2025')).json()
    const sum = layer.communes.reduce(
      (total: number, commune: { valueNumber: number }) => total + commune.valueNumber,
      0,
    )
    const schools = row('standard_schools', 2025)
    expect(schools.series.find((value) => value.year === 2025)!.value).toBeCloseTo(sum, 1)
    expect(schools).toMatchObject({ threshold: 300, communes: null })
    expect(schools.status).toBe(schools.province!.value >= 300 ? 'met' : expect.stringMatching(/on-track|off-track/))
  })

  test('a year asks for the figures of that year and the status then', async () => {
    const answer = (await asPlanner('/api/targets?year=2024')).json()
    expect(answer.year).toBe(2024)
    const poverty = answer.targets.find((item: Row) => item.indicator === 'poverty_rate')
    expect(poverty.province).toMatchObject({ year: 2024, value: 3.36, method: 'official' })
    expect((await asPlanner('/api/targets?year=2030')).status).toBe(400)
  })
})
