import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Sql } from '../../../server/db'
import { actAs } from '../../../server/sql/caller-role'
import { setHideSample } from '../../../server/sql/settings'
import { sharedDatabase } from '../../database'
import { appFor } from './app'
import { signedIn } from './import-helpers'

// hide_sample_from_public: the database hides sample values from callers without the planner or
// admin role (row-level security on indicator_value), so every route's answer loses them alike:
// a value computed only from samples becomes null, the commune stays listed.

const database = sharedDatabase()
const api = appFor(database)
let admin: Awaited<ReturnType<typeof signedIn>>
let planner: Awaited<ReturnType<typeof signedIn>>
beforeAll(async () => {
  admin = await signedIn(database.sql(), ['admin'])
  planner = await signedIn(database.sql(), ['planner'])
})
afterAll(() => setHideSample(database.sql(), false, 'test'))

type Commune = { code: string; valueNumber: number | null; provenance: string | null }
const communes = async (cookie?: string) =>
  (await api.get('/api/indicators/poverty_rate/values?year=2025', { cookie })).json().communes as Commune[]

test('off by default: everyone sees the sample values', async () => {
  expect((await api.get('/api/settings', planner)).json()).toEqual({ hideSampleFromPublic: false })
  expect((await communes()).some((commune) => commune.provenance === 'sample')).toBe(true)
})

test('on: the public gets no sample value anywhere, a planner still does', async () => {
  const changed = await api.request('PUT', '/api/settings', {
    cookie: admin.cookie,
    body: { hideSampleFromPublic: true },
  })
  expect(changed.json()).toEqual({ hideSampleFromPublic: true })
  const anonymous = await communes()
  expect(anonymous).toHaveLength(65)
  expect(anonymous.filter((commune) => commune.provenance === 'sample' || commune.valueNumber !== null)).toEqual([])
  const detail = (await api.get('/api/units/06040?vintage=2025')).text
  expect(detail).not.toMatch(/"provenance":"sample"/)
  const villages = (await api.get('/api/indicators/cultural_house/values?level=village')).json().villages
  expect(villages.filter((village: { provenance: string | null }) => village.provenance === 'sample')).toEqual([])
  expect((await communes(planner.cookie)).some((commune) => commune.provenance === 'sample')).toBe(true)
  expect((await communes(admin.cookie)).some((commune) => commune.provenance === 'sample')).toBe(true)
  const audit = (await api.get('/api/audit?action=setting%20changed&limit=1', admin)).json()
  expect(audit[0]).toMatchObject({ username: admin.username, detail: { from: false, to: true } })
})

test('only an admin changes it', async () => {
  const refused = await api.request('PUT', '/api/settings', {
    cookie: planner.cookie,
    body: { hideSampleFromPublic: false },
  })
  expect(refused.status).toBe(403)
  expect((await api.request('PUT', '/api/settings', { body: { hideSampleFromPublic: false } })).status).toBe(401)
  const off = await api.request('PUT', '/api/settings', { cookie: admin.cookie, body: { hideSampleFromPublic: false } })
  expect(off.json()).toEqual({ hideSampleFromPublic: false })
  expect((await communes()).some((commune) => commune.provenance === 'sample')).toBe(true)
})

test('the loader, as the owner, is not bound by it', async () => {
  await setHideSample(database.sql(), true, 'test')
  const [row] = await database.sql()`select count(*)::int as n from current_value where provenance = 'sample'`
  expect(row!.n).toBeGreaterThan(1000)
  await setHideSample(database.sql(), false, 'test')
})

test('in the database, portal_app without a role cannot write values, imports or settings', async () => {
  const attempt = (roles: string, statement: string) =>
    database
      .sql()
      .begin(async (tx) => {
        await actAs(tx as unknown as Sql, roles.split(',').filter(Boolean))
        await tx.unsafe(statement)
        throw new Error('rolled back')
      })
      .catch((error: Error) => error.message)
  const insertValue = `insert into indicator_value (indicator, unit_id, year, value_number, provenance, source)
    select 'poverty_rate', id, 2025, 1, 'imported', 'probe' from unit where code = '06040' and vintage = '2025'`
  expect(await attempt('', insertValue)).toMatch(/row-level security/)
  expect(await attempt('border', insertValue)).toMatch(/row-level security/)
  expect(await attempt('planner', insertValue)).toMatch(/rolled back|duplicate key/)
  expect(await attempt('planner', 'update indicator_value set value_number = 1 where id = 1')).toMatch(
    /permission denied/,
  )
  expect(await attempt('admin', 'delete from indicator_value where id = 1')).toMatch(/permission denied/)
  expect(await attempt('planner', "update portal_setting set value = 'true'")).toMatch(/rolled back/)
  const [row] = await database.sql()`select value from portal_setting where key = 'hide_sample_from_public'`
  expect(row!.value).toBe(false)
  expect(
    await attempt(
      '',
      "insert into import_batch (file_name, checksum, size_bytes, format, layout, encoding, uploaded_by) values ('x.csv', repeat('0', 64), 1, 'csv', 'long', 'utf-8', 'x')",
    ),
  ).toMatch(/row-level security/)
})
