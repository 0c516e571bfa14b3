import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Sql } from '../../../server/db'
import { actAs, publicVersion } from '../../../server/sql/caller-role'
import { computedBy } from '../../../server/sql/plan-figures'
import { sharedDatabase } from '../../database'
import { appFor } from './app'
import { correctForestCover, removeImportsBy, signedIn } from './import-helpers'

// The scoreboard's figures are computed once per data version and kept (0016_plan_figures.sql,
// issue #13): the next planner reads what the first computed, a change of values is in the next
// answer, and nobody without the planner or admin role can read or write them.

const database = sharedDatabase()
const api = appFor(database)
let planner: Awaited<ReturnType<typeof signedIn>>
let admin: Awaited<ReturnType<typeof signedIn>>
beforeAll(async () => {
  planner = await signedIn(database.sql(), ['planner'])
  admin = await signedIn(database.sql(), ['admin'])
})
afterAll(async () => {
  await removeImportsBy(database.sql(), [planner.username])
})

type Scoreboard = {
  year: number
  targets: {
    indicator: string
    targetYear: number
    series: { year: number; value: number }[]
    communes: { met: number; total: number } | null
  }[]
}
const scoreboard = async (cookie: string, year = 2025) => {
  const answer = await api.get(`/api/targets?year=${year}`, { cookie })
  expect(answer.status).toBe(200)
  return answer.json() as Scoreboard
}
const stored = (sql: Sql) =>
  sql<{ version: number; computedAt: Date }[]>`select version::float8 as version, computed_at from plan_figures`

test('the first planner after a change computes the figures; the next reads them back, the same answer', async () => {
  const sql = database.sql()
  await sql`delete from plan_figures`
  const first = await scoreboard(planner.cookie, 2024)
  const kept = await stored(sql)
  expect(kept).toHaveLength(1)
  expect(kept[0]!.version).toBe(await publicVersion(sql))
  // Another caller, another year: from the same row, not computed again.
  expect(await scoreboard(admin.cookie, 2024)).toEqual(first)
  const otherYear = await scoreboard(admin.cookie, 2022)
  expect(await stored(sql)).toEqual(kept)
  expect(otherYear.year).toBe(2022)
  expect(otherYear.targets.map((target) => target.series)).toEqual(first.targets.map((target) => target.series))
  // The figures read back equal those computed afresh, year by year.
  await sql`delete from plan_figures`
  expect(await scoreboard(planner.cookie, 2022)).toEqual(otherYear)
  expect(first.targets.some((target) => (target.communes?.total ?? 0) > 0)).toBe(true)
})

test('figures another release stored for this version are not read: this code computes its own', async () => {
  const sql = database.sql()
  const shown = await scoreboard(planner.cookie)
  await sql`update plan_figures set computed_by = 'an older release', figures = '{"series": {}, "meeting": {}}'`
  expect(await scoreboard(planner.cookie)).toEqual(shown)
  const rows = await sql<{ computedBy: string }[]>`select computed_by from plan_figures order by computed_by`
  expect(rows.map((row) => row.computedBy)).toEqual(['an older release', computedBy()].sort())
})

test('a correction moves the version and the next scoreboard shows it; the figures of the old version go', async () => {
  const sql = database.sql()
  const forest = (answer: Scoreboard) =>
    answer.targets.find((target) => target.indicator === 'forest_cover')!.series.find((value) => value.year === 2025)!
      .value
  const before = await scoreboard(planner.cookie)
  const original = (await api.get('/api/units/06184', { cookie: planner.cookie }))
    .json()
    .indicators.find((indicator: { code: string }) => indicator.code === 'forest_cover')
    .series.find((value: { year: number }) => value.year === 2025).valueNumber as number
  const corrected = (to: number) => correctForestCover(api, planner.cookie, to, 'plan figures test')
  const far = original > 50 ? 1 : 99
  expect((await corrected(far)).status).toBe(201)
  try {
    const after = await scoreboard(planner.cookie)
    expect(forest(after)).not.toBe(forest(before))
    const kept = await stored(sql)
    expect(kept.map((row) => row.version)).toEqual([await publicVersion(sql)])
  } finally {
    expect((await corrected(original)).status).toBe(201)
  }
  expect(forest(await scoreboard(planner.cookie))).toBe(forest(before))
})

test('without the planner or admin role the figures can be neither read nor written', async () => {
  const sql = database.sql()
  await scoreboard(planner.cookie)
  expect(await stored(sql)).toHaveLength(1)
  for (const roles of [[], ['border'], ['border', 'viewer']]) {
    await sql.begin(async (tx) => {
      await actAs(tx as unknown as Sql, roles)
      expect(await tx`select * from plan_figures`).toHaveLength(0)
      const insert = await tx
        .savepoint((point) => point`insert into plan_figures (version, computed_by, figures) values (-1, 'test', '{}')`)
        .then(
          () => 'stored',
          (error: unknown) => String(error),
        )
      expect(insert).toMatch(/row-level security/)
    })
  }
  await api.get('/api/targets', { cookie: (await signedIn(sql, ['border'])).cookie }).then((answer) => {
    expect(answer.status).toBe(403)
  })
})
