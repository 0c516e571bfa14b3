import { expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { appFor, sessionFor, testAccount } from './app'

// Issue #9: an admin without the border role counted hidden entries by the gaps in the log's ids
// (211 → 214 after two border reads). Ids are random now; the order stays the log's own.

const database = sharedDatabase()
const api = appFor(database)
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

async function caller(roles: string[]) {
  const account = await testAccount(database.sql(), roles)
  return { ...account, cookie: await sessionFor(database.sql(), account.id) }
}

test('ids say nothing of the restricted entries an admin without border cannot read', async () => {
  const admin = await caller(['admin'])
  const officer = await caller(['border'])
  const planner = await testAccount(database.sql(), ['planner'])
  const reset = () =>
    api.post(`/api/users/${planner.id}/password`, { password: 'a new password 123' }, { cookie: admin.cookie })
  expect((await reset()).status).toBe(200)
  for (const kind of ['gates', 'restricted'])
    expect((await api.get(`/api/zones?kind=${kind}`, { cookie: officer.cookie })).status).toBe(200)
  expect((await reset()).status).toBe(200)

  const mine = (await api.get(`/api/audit?username=${admin.username}`, { cookie: admin.cookie })).json()
  expect(mine.map((event: { action: string }) => event.action)).toEqual(['password reset', 'password reset'])
  expect(mine.map((event: { id: unknown }) => event.id)).toEqual([
    expect.stringMatching(uuid),
    expect.stringMatching(uuid),
  ])
  const all = (await api.get('/api/audit?limit=500', { cookie: admin.cookie })).json()
  expect(all.every((event: { id: unknown }) => typeof event.id === 'string' && uuid.test(event.id))).toBe(true)
  expect(all.some((event: { username: string }) => event.username === officer.username)).toBe(false)

  // Paging goes on from an entry's id; a hidden entry's id finds nothing, like one that never was.
  const older = (
    await api.get(`/api/audit?username=${admin.username}&before=${mine[0].id}`, { cookie: admin.cookie })
  ).json()
  expect(older.map((event: { id: string }) => event.id)).toEqual([mine[1].id])
  const [hidden] = await database.sql()`
    select ref from audit.event where username = ${officer.username} order by id desc limit 1`
  const afterHidden = await api.get(`/api/audit?before=${hidden!.ref}`, { cookie: admin.cookie })
  expect(afterHidden.json()).toEqual([])
  const seenByChief = await api.get(`/api/audit?before=${hidden!.ref}&limit=1`, {
    cookie: (await caller(['admin', 'border'])).cookie,
  })
  expect(seenByChief.json()).toHaveLength(1)
})

test('a bad `before` is a clean 400', async () => {
  const admin = await caller(['admin'])
  const answer = await api.get('/api/audit?before=211', { cookie: admin.cookie })
  expect(answer.status).toBe(400)
  expect(answer.json().error).toBe('Bad parameter: before: must be the id of an entry of the log')
})
