import { beforeAll, describe, expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { appFor, sessionFor, testAccount } from './app'

// Issue 10 §2: figures that were wrong or contradicted each other, asked of the API as the screens ask.
const database = sharedDatabase()
const api = appFor(database)
let planner = ''
beforeAll(async () => {
  planner = await sessionFor(database.sql(), (await testAccount(database.sql(), ['planner'])).id)
})

type Point = { year: number; value: number; method: string; provenance: string; words: { vi: string; en: string } }
type Row = {
  indicator: string
  targetYear: number
  operator: string
  threshold: number | null
  status: string
  statusWords: { vi: string; en: string }
  trend: { from: { year: number; value: number }; to: { year: number; value: number } } | null
  province: Point | null
  series: Point[]
}
const scoreboard = async (year?: number) =>
  (await api.get(`/api/targets${year ? `?year=${year}` : ''}`, { cookie: planner })).json() as { targets: Row[] }

describe('the scoreboard', () => {
  test('especially difficult villages: the official 385 of 1,646 for 2026–2030 only; earlier years count mapped villages', async () => {
    const villages = (await scoreboard()).targets.find((row) => row.indicator === 'especially_difficult_villages')!
    const byYear = new Map(villages.series.map((point) => [point.year, point]))
    expect(byYear.get(2026)).toMatchObject({ value: 385, method: 'official', provenance: 'official' })
    expect(byYear.get(2026)!.words.vi).toBe('số liệu chính thức: 385 trong số 1.646')
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      expect(byYear.get(year)).toMatchObject({ method: 'computed', provenance: 'sample' })
      expect(byYear.get(year)!.words.vi).toMatch(/^[\d.]+ trong số [\d.]+ thôn có trên bản đồ$/)
    }
  })

  test('every status agrees with the figure as shown (two decimals) and says its rule with the numbers', async () => {
    for (const row of (await scoreboard()).targets) {
      expect(row.statusWords.vi.length).toBeGreaterThan(10)
      if (!row.province || row.threshold === null) continue
      const shown = Math.round(row.province.value * 100) / 100
      const compare = row.operator === 'reduce_pp_per_year' ? '<=' : row.operator
      const met = { '>=': shown >= row.threshold, '>': shown > row.threshold, '<=': shown <= row.threshold }[
        compare as '>=' | '>' | '<='
      ]
      if (met !== undefined && row.status !== 'no-data') expect(row.status === 'met').toBe(met)
      if (row.status === 'on-track' || row.status === 'off-track')
        expect(row.trend?.to.year ?? row.targetYear).toBe(row.targetYear)
    }
  })

  test('the same poverty figures: off track for 2025 and on track for 2030, each with its trend line', async () => {
    const rows = (await scoreboard(2024)).targets.filter((row) => row.indicator === 'poverty_rate')
    expect(rows.map((row) => [row.targetYear, row.status])).toEqual([
      [2025, 'off-track'],
      [2030, 'on-track'],
    ])
    expect(rows[0]!.trend).toEqual({ from: { year: 2021, value: 12.2 }, to: { year: 2025, value: 0.41 } })
    expect(rows[0]!.statusWords.vi).toContain('kéo dài đến năm 2025')
  })
})

describe('the map layer says which target, in words', () => {
  test('forest cover: ≥ 67 %, the same for every commune', async () => {
    const layer = (await api.get('/api/indicators/forest_cover/values?year=2024')).json()
    expect(layer.target).toMatchObject({ year: 2030, perCommune: false, threshold: 67, words: { vi: '≥ 67\u00a0%' } })
  })

  test('poverty: a threshold of its own for each commune, and the rule', async () => {
    const layer = (await api.get('/api/indicators/poverty_rate/values?year=2024')).json()
    expect(layer.target).toMatchObject({ year: 2025, perCommune: true, threshold: null })
    expect(layer.target.words.vi).toContain('ngưỡng riêng của từng xã')
    const own = layer.communes[0].targets[0]
    expect(own.words.vi).toMatch(
      /^≤ [\d,]+\u00a0% \(ngưỡng riêng của xã: mức năm 2021 [\d,]+\u00a0% − 3 điểm % × 4 năm/,
    )
  })
})

describe('the commune panel', () => {
  test("each value carries its next target's check, with the commune's own poverty threshold", async () => {
    const detail = (await api.get('/api/units/06040')).json()
    const poverty = detail.indicators.find((item: { code: string }) => item.code === 'poverty_rate')
    const value2024 = poverty.series.find((value: { year: number }) => value.year === 2024)
    const value2026 = poverty.series.find((value: { year: number }) => value.year === 2026)
    expect(value2024.next.year).toBe(2025)
    expect(value2026.next.year).toBe(2030)
    expect(value2024.next.check).toMatchObject({ year: 2025, standing: expect.stringMatching(/met|near|below/) })
    expect(value2024.next.check.words.vi).toContain('ngưỡng riêng của xã')
  })
})

describe('search', () => {
  test('lists each place once: current units first, each former name once with what it became', async () => {
    // "bac" is typed on the way to "bac son": the same unit on the 2019, 2021 and 2024 lists came back
    // once per district it had, and the list repeated "Xã Bắc Sơn · nay thuộc Xã Bắc Sơn".
    for (const query of ['bac', 'bac son']) {
      const { results } = (await api.get(`/api/search?q=${encodeURIComponent(query)}`)).json() as {
        results: {
          kind: string
          code: string | null
          villageId: number | null
          vintage: string | null
          name: string
          communeCode: string | null
        }[]
      }
      const keys = results.map(
        (item) => `${item.kind}-${item.code ?? item.villageId}-${item.vintage}-${item.communeCode}`,
      )
      expect(new Set(keys).size).toBe(keys.length)
      const former = results
        .filter((item) => item.kind === 'former_commune')
        .map((item) => `${item.name}→${item.communeCode}`)
      expect(new Set(former).size).toBe(former.length)
    }
  })
})

test('the rules of targets are served in both languages for the methodology page', async () => {
  const { rules } = (await api.get('/api/config')).json()
  expect(rules.nearMargin.vi).toContain('10 điểm %')
  expect(rules.status.en).toContain('extended to the target year')
})
