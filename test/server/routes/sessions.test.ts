import { expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { appFor, testAccount } from './app'

// "My sessions" (issue #9): an account could hold any number of sessions and neither see nor end them.

const database = sharedDatabase()
const api = appFor(database)
const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0'
const phone =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'

async function signInWith(account: { username: string; password: string }, userAgent: string) {
  await database.sql()`delete from auth.throttle where key = 'address:unknown'`
  const answer = await api.request('POST', '/api/auth/login', {
    body: { username: account.username, password: account.password },
    headers: { 'user-agent': userAgent },
  })
  expect(answer.status).toBe(200)
  return (answer.headers.get('set-cookie') ?? '').split(';')[0]!
}

type Listed = { id: string; current: boolean; device: { browser: string; system: string }; address: string }

test('lists where the account is signed in: device, address, times, which one is this', async () => {
  const account = await testAccount(database.sql(), ['planner'])
  const desk = await signInWith(account, firefox)
  await signInWith(account, phone)
  const answer = await api.get('/api/auth/sessions', { cookie: desk })
  expect(answer.status).toBe(200)
  expect(answer.headers.get('cache-control')).toBe('no-store')
  const sessions: Listed[] = answer.json()
  expect(sessions.map((session) => [session.device, session.current])).toEqual([
    [{ browser: 'Firefox', system: 'Windows' }, true], // this one first: it is in use by this very request
    [{ browser: 'Chrome', system: 'Android' }, false],
  ])
  expect(sessions[1]).toMatchObject({
    address: 'unknown',
    createdAt: expect.any(String),
    lastSeenAt: expect.any(String),
  })
  const [stored] = await database.sql()`select token_hash from auth.session where account_id = ${account.id} limit 1`
  expect(answer.text).not.toContain(stored!.tokenHash)
})

test('ends another of its sessions at once, audited; this one goes on', async () => {
  const account = await testAccount(database.sql(), ['planner'])
  const desk = await signInWith(account, firefox)
  const lost = await signInWith(account, phone)
  const sessions: Listed[] = (await api.get('/api/auth/sessions', { cookie: desk })).json()
  const other = sessions.find((session) => !session.current)!
  const ended = await api.request('DELETE', `/api/auth/sessions/${other.id}`, { cookie: desk })
  expect(ended.json()).toEqual({ ended: true, current: false })
  expect((await api.get('/api/auth/me', { cookie: lost })).json()).toEqual({ account: null })
  expect((await api.get('/api/auth/me', { cookie: desk })).json().account).not.toBeNull()
  const [entry] = await database.sql()`
    select action, detail from audit.event where username = ${account.username} and action = 'session ended'`
  expect(entry).toEqual({
    action: 'session ended',
    detail: { device: { browser: 'Chrome', system: 'Android' }, address: 'unknown', current: false },
  })
})

test('ending this session signs out; another account’s session is not found, like one that never was', async () => {
  const account = await testAccount(database.sql(), ['planner'])
  const stranger = await testAccount(database.sql(), ['planner'])
  const mine = await signInWith(account, firefox)
  const theirs = await signInWith(stranger, phone)
  const [theirId] = (await api.get('/api/auth/sessions', { cookie: theirs })).json().map((s: Listed) => s.id)
  const refused = await api.request('DELETE', `/api/auth/sessions/${theirId}`, { cookie: mine })
  const missing = await api.request('DELETE', '/api/auth/sessions/0b8e6c3e-4d6f-4b8a-9a37-2f1d5c3e9b10', {
    cookie: mine,
  })
  expect([refused.status, refused.text]).toEqual([missing.status, missing.text])
  expect(refused.json().message.en).toBe('Your account has no such session (it may have ended already).')
  expect((await api.get('/api/auth/me', { cookie: theirs })).json().account).not.toBeNull()

  const [myId] = (await api.get('/api/auth/sessions', { cookie: mine })).json().map((s: Listed) => s.id)
  const out = await api.request('DELETE', `/api/auth/sessions/${myId}`, { cookie: mine })
  expect(out.json()).toEqual({ ended: true, current: true })
  expect(out.headers.get('set-cookie')).toMatch(/^portal_session=;/)
  expect((await api.get('/api/auth/me', { cookie: mine })).json()).toEqual({ account: null })
})

test('without a session: 401', async () => {
  expect((await api.get('/api/auth/sessions')).status).toBe(401)
  expect((await api.request('DELETE', '/api/auth/sessions/0b8e6c3e-4d6f-4b8a-9a37-2f1d5c3e9b10')).status).toBe(401)
})
