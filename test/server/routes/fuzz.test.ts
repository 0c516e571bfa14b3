import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { newAccount } from '../../../scripts/fuzz/account-route-cases'
import { square } from '../../../scripts/fuzz/geometry-cases'
import { type CallerName, type Fixture, routeCases } from '../../../scripts/fuzz/route-cases'
import { zoneName } from '../../../scripts/fuzz/zone-route-cases'
import type { Role } from '../../../server/access'
import { setHideSample } from '../../../server/sql/settings'
import { beltWidth, setBeltWidth } from '../../../server/sql/zones'
import { sharedDatabase } from '../../database'
import { type Answer, appFor, errorProblems, registeredRoutes, sessionFor, testAccount } from './app'
import { removeImportsBy } from './import-helpers'

// Malformed input never gives a 500: every parameter of every registered route (query, path, JSON
// body field, the body itself) gets hundreds of bad values; every answer is a success or a clean
// refusal `{ error }` with a status a client can act on. The cases are npm run fuzz's own
// (scripts/fuzz/route-cases.ts); here each route's are sent once, as the roles that matter to it.

const database = sharedDatabase()
const api = appFor(database)
const tag = randomBytes(4).toString('hex')
const cleanStatuses = [400, 401, 403, 404, 409, 413, 429]
const callerRoles: Record<CallerName, Role[]> = {
  anonymous: [],
  planner: ['planner'],
  border: ['border'],
  admin: ['admin'],
}
const fuzzRoutes = routeCases(tag)

// ---- the run ------------------------------------------------------------------------------------
const fixture = { accounts: {} } as Fixture
let original: { widthM: number } | undefined
beforeAll(async () => {
  const sql = database.sql()
  for (const [name, roles] of Object.entries(callerRoles))
    if (roles.length > 0) fixture.accounts[name as CallerName] = (await testAccount(sql, roles)).id
  fixture.victim = await testAccount(sql, [])
  const zone = await api.post(
    '/api/zones/restricted',
    { name: zoneName(tag), geometry: square },
    { cookie: await sessionFor(sql, fixture.accounts.border!) },
  )
  if (zone.status !== 201) throw new Error(`adding the zone to fuzz failed: ${zone.status} ${zone.text}`)
  fixture.zoneId = zone.json().id
  original = await beltWidth(sql)
})

// Failed sign-ins: in-process requests share the address "unknown".
const clearThrottle = () =>
  database.sql()`delete from auth.throttle where key in ('address:unknown', ${`account:${fixture.victim.username}`})`

afterAll(async () => {
  const sql = database.sql()
  await sql`delete from defence.restricted_zone where name like ${`%${zoneName(tag)}%`} or created_by = (
    select username from auth.account where id = ${fixture.accounts.border ?? 0})`
  await sql`delete from auth.account where username = ${newAccount(tag).username}`
  if (original) await setBeltWidth(sql, original.widthM, 'test')
  await setHideSample(sql, false, 'test')
  const usernames = await sql<{ username: string }[]>`
    select username from auth.account where id = any(${Object.values(fixture.accounts)}::int[])`
  await removeImportsBy(
    sql,
    usernames.map((row) => row.username),
  )
  if (fixture.victim) await clearThrottle()
})

const cookieOf = (caller: CallerName) =>
  fixture.accounts[caller] ? sessionFor(database.sql(), fixture.accounts[caller]) : Promise.resolve(undefined)

/** What is wrong with an answer to malformed input, or undefined: a success, or a clean refusal. */
function judge(answer: Answer): string | undefined {
  if (answer.status >= 200 && answer.status < 300) return undefined
  const problems = errorProblems(answer)
  if (!cleanStatuses.includes(answer.status)) problems.unshift(`status ${answer.status}: ${answer.text.slice(0, 100)}`)
  return problems.length > 0 ? problems.join('; ') : undefined
}

test('the table names every route the router registers, and no other', () => {
  const registered = registeredRoutes(database)
  expect(registered.filter((route) => !(route in fuzzRoutes))).toEqual([])
  expect(Object.keys(fuzzRoutes).filter((route) => !registered.includes(route))).toEqual([])
})

test('every route gets dozens of bad values, thousands in all', () => {
  const counts = Object.values(fuzzRoutes).map((route) => route.cases(fixture).length)
  expect(Math.min(...counts)).toBeGreaterThanOrEqual(30)
  expect(counts.reduce((sum, count) => sum + count)).toBeGreaterThan(3000)
})

describe.each(Object.keys(fuzzRoutes))('%s', (route) => {
  test('answers malformed input with a success or a clean refusal, never a 500', async () => {
    const method = route.split(' ')[0]!
    const entry = fuzzRoutes[route]!
    const failures = new Map<string, string[]>()
    for (const caller of entry.callers) {
      let cookie = await cookieOf(caller)
      for (const item of entry.cases(fixture)) {
        if (entry.freshSession) cookie = await cookieOf(caller)
        if (route === 'POST /api/auth/login') await clearThrottle()
        const { label, url, ...options } = item
        const problem = judge(await api.request(method, url, { cookie, ...options }))
        if (problem) failures.set(problem, [...(failures.get(problem) ?? []), `${caller} ${label}`])
      }
    }
    expect([...failures].map(([problem, labels]) => `${problem} ← ${labels.join(' | ')}`)).toEqual([])
    // Up to 16 s a route alone (a progress report per valid case); a timed-out loop would go on
    // sending beside the next route's, so the limit is generous.
  }, 300_000)
})

test('the database is intact afterwards', async () => {
  expect((await api.get('/api/units?vintage=2025')).json().features).toHaveLength(65)
  expect(await database.sql()`select count(*)::int as n from defence.border_gate`).toEqual([{ n: 6 }])
  expect((await api.get('/api/search?q=dong%20dang')).json().results[0]).toMatchObject({ code: '06184' })
})
