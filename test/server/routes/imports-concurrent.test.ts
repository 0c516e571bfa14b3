import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { postgresClient, type Sql } from '../../../server/db'
import { sharedDatabase } from '../../database'
import { fixture } from '../../fixtures/imports/files'
import { importApi, removeImportsBy, signedIn } from './import-helpers'

// Two planners publishing at once take turns (pg_advisory_xact_lock in import-publish.ts). Shown
// on PostgreSQL, where the two requests run on two connections at the same time; the embedded
// database has one session, where requests take turns anyway.

const connection = inject('database')
const database = sharedDatabase()
let pool: Sql | undefined
// Requests of this app run on a pool of four connections, so they really overlap.
const api = importApi({ kind: 'postgres', sql: () => pool! })
let planner: Awaited<ReturnType<typeof signedIn>>
beforeAll(async () => {
  if (connection.kind === 'postgres') pool = postgresClient(connection.url, 4)
  planner = await signedIn(database.sql(), ['planner'])
})
afterAll(async () => {
  await pool?.end({ timeout: 5 })
  await removeImportsBy(database.sql(), [planner.username])
})

const onPostgres = connection.kind === 'postgres'
const publish = (id: number) => api.post(`/api/imports/${id}/publish`, undefined, planner)

test.runIf(onPostgres)(
  'the same draft published twice at once: one publishes, the other finds it published',
  async () => {
    const { id } = (await api.upload(planner.cookie, 'twice.csv', fixture('good-long.csv'), 'Báo cáo 1')).json()
    const answers = await Promise.all([publish(id), publish(id)])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    expect(answers.find((answer) => answer.status === 409)!.json().error).toBe(
      `Import #${id} is published, not a draft: nothing was changed.`,
    )
    const [row] = await database.sql()`select count(*)::int as n from indicator_value where import_id = ${id}`
    expect(row).toEqual({ n: 4 })
  },
)

test.runIf(onPostgres)(
  'two drafts of the same values published at once: one after the other, no value twice',
  async () => {
    // The same units, indicator and year with values no earlier test published, so both write.
    const draft = async (name: string, values: [number, number]) => {
      const text = `unit_code,indicator,year,value\n06040,poverty_rate,2025,${values[0]}\n06001,poverty_rate,2025,${values[1]}\n`
      return (await api.upload(planner.cookie, name, new TextEncoder().encode(text), 'Báo cáo')).json().id as number
    }
    const first = await draft('first.csv', [31, 32])
    const second = await draft('second.csv', [41, 42])
    const answers = await Promise.all([publish(first), publish(second)])
    expect(answers.map((answer) => answer.json())).toEqual([
      { published: true, versions: 2 },
      { published: true, versions: 2 },
    ])
    // Each value's versions form one chain: the later publish superseded the earlier, never both current.
    const chains = await database.sql()<{ current: number; imported: number }[]>`
    select count(*) filter (where v.superseded_by is null)::int as current, count(*)::int as imported
    from indicator_value v where v.import_id in (${first}, ${second})
    group by v.unit_id, v.indicator, v.year`
    expect(chains).toEqual([
      { current: 1, imported: 2 },
      { current: 1, imported: 2 },
    ])
  },
)

test.skipIf(onPostgres)('on the embedded database requests take turns (run with DATABASE_URL to see the lock)', () => {
  expect(connection.kind).toBe('embedded')
})
