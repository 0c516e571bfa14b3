import { randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { appFor, sessionFor, testAccount } from './app'

// Only border grants border (issue #9): an admin without the border role gave itself border with
// POST /api/users and read the defence layers, and reset a border officer's password to sign in as them.

const database = sharedDatabase()
const api = appFor(database)
const tag = randomBytes(3).toString('hex')
let serial = 0
const newName = () => `users-${tag}-${++serial}`

async function caller(roles: string[]) {
  const account = await testAccount(database.sql(), roles)
  return { ...account, cookie: await sessionFor(database.sql(), account.id) }
}

const refusal = {
  vi: expect.stringMatching(/^Chỉ quản trị viên có cả vai trò biên phòng \(border\)/),
  en: expect.stringMatching(/^Only an admin who also holds the border role/),
}

describe('an admin without the border role', () => {
  test('cannot create an account with border, nor give border to itself or anyone', async () => {
    const admin = await caller(['admin'])
    const planner = await testAccount(database.sql(), ['planner'])
    const answers = [
      await api.post(
        '/api/users',
        { username: newName(), roles: ['admin', 'border'], password: 'a long password 12' },
        { cookie: admin.cookie },
      ),
      await api.request('PATCH', `/api/users/${admin.id}`, {
        cookie: admin.cookie,
        body: { roles: ['admin', 'border'] },
      }),
      await api.request('PATCH', `/api/users/${planner.id}`, { cookie: admin.cookie, body: { roles: ['border'] } }),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(403)
      expect(answer.json().message).toEqual(refusal)
    }
    expect((await api.get('/api/zones?kind=gates', { cookie: admin.cookie })).status).toBe(403)
    const rows =
      await database.sql()`select roles from auth.account where id in (${admin.id}, ${planner.id}) order by id`
    expect(rows.map((row) => row.roles)).toEqual([['admin'], ['planner']])
  })

  test("cannot reset a border officer's password, lock the account or change its roles", async () => {
    const admin = await caller(['admin'])
    const officer = await testAccount(database.sql(), ['border'])
    const answers = [
      await api.post(`/api/users/${officer.id}/password`, { password: 'taken over 12345' }, { cookie: admin.cookie }),
      await api.request('PATCH', `/api/users/${officer.id}`, { cookie: admin.cookie, body: { disabled: true } }),
      await api.request('PATCH', `/api/users/${officer.id}`, { cookie: admin.cookie, body: { roles: ['planner'] } }),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(403)
      expect(answer.json().message).toEqual(refusal)
    }
    expect(
      (await api.post('/api/auth/login', { username: officer.username, password: 'taken over 12345' })).status,
    ).toBe(401)
    await database.sql()`delete from auth.throttle where key = ${`account:${officer.username}`}`
    expect((await api.signIn(officer.username, officer.password)).length).toBeGreaterThan(0)
  })

  test('still manages accounts without border', async () => {
    const admin = await caller(['admin'])
    const planner = await testAccount(database.sql(), ['planner'])
    const created = await api.post(
      '/api/users',
      { username: newName(), roles: ['planner'], password: 'a long password 12' },
      { cookie: admin.cookie },
    )
    expect(created.status).toBe(201)
    const reset = await api.post(
      `/api/users/${planner.id}/password`,
      { password: 'a new password 123' },
      { cookie: admin.cookie },
    )
    expect(reset.status).toBe(200)
  })
})

describe('an admin who holds border', () => {
  test('grants border; the change is a restricted audit entry, hidden from admins without border', async () => {
    const chief = await caller(['admin', 'border'])
    const admin = await caller(['admin'])
    const planner = await testAccount(database.sql(), ['planner'])
    const granted = await api.request('PATCH', `/api/users/${planner.id}`, {
      cookie: chief.cookie,
      body: { roles: ['planner', 'border'] },
    })
    expect(granted.status).toBe(200)
    const reset = await api.post(
      `/api/users/${planner.id}/password`,
      { password: 'a new password 123' },
      { cookie: chief.cookie },
    )
    expect(reset.status).toBe(200)
    const [entry] = await database.sql()`
      select action, restricted from audit.event where target = ${planner.username} and action = 'account changed'`
    expect(entry).toEqual({ action: 'account changed', restricted: true })
    const query = `/api/audit?username=${chief.username}`
    const seenByChief = (await api.get(query, { cookie: chief.cookie })).json()
    const seenByAdmin = (await api.get(query, { cookie: admin.cookie })).json()
    expect(seenByChief.map((event: { action: string }) => event.action)).toEqual(['password reset', 'account changed'])
    expect(seenByAdmin).toEqual([])
  })
})

// Issue 10 §5: "1234567890" was accepted as a password. The forms show the server's answer.
describe('weak and common passwords', () => {
  test('are refused when an admin creates an account or resets a password, saying why in both languages', async () => {
    const admin = await caller(['admin'])
    const planner = await testAccount(database.sql(), ['planner'])
    const created = await api.post(
      '/api/users',
      { username: newName(), roles: ['planner'], password: '1234567890' },
      { cookie: admin.cookie },
    )
    const reset = await api.post(
      `/api/users/${planner.id}/password`,
      { password: 'qwertyuiop' },
      { cookie: admin.cookie },
    )
    for (const answer of [created, reset]) {
      expect(answer.status).toBe(400)
      expect(answer.json().message).toEqual({
        vi: expect.stringContaining('trong 100 mật khẩu phổ biến nhất'),
        en: expect.stringContaining('one of the 100 most common passwords'),
      })
    }
  })

  test('are refused when a user changes their own password', async () => {
    const planner = await caller(['planner'])
    const answer = await api.post(
      '/api/auth/password',
      { current: planner.password, next: 'password1234' },
      { cookie: planner.cookie },
    )
    expect(answer.status).toBe(400)
    expect(answer.json().message.vi).toContain('gần giống một mật khẩu phổ biến')
  })
})
