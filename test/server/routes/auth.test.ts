import { describe, expect, test } from 'vitest'
import { tokenHash } from '../../../server/auth/caller'
import { sharedDatabase } from '../../database'
import { appFor, testAccount } from './app'

const database = sharedDatabase()
const api = appFor(database)

describe('sign-in', () => {
  test('sets an HttpOnly, SameSite=Strict session cookie and /me answers the account and its tools', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const answer = await api.post('/api/auth/login', { username: account.username, password: account.password })
    expect(answer.status).toBe(200)
    const cookie = answer.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^portal_session=[A-Za-z0-9_-]{43};/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    expect(cookie).not.toContain('Secure') // plain http in tests; Secure over https
    const me = await api.get('/api/auth/me', { cookie: cookie.split(';')[0] })
    expect(me.json()).toMatchObject({
      account: { username: account.username, roles: ['planner'] },
      can: { plannerTools: true, zones: false },
    })
  })

  test('a wrong password, an unknown user and a disabled account get the same answer', async () => {
    const account = await testAccount(database.sql(), ['border'])
    const disabled = await testAccount(database.sql(), ['border'], { disabled: true })
    const answers = await Promise.all([
      api.post('/api/auth/login', { username: account.username, password: 'not the password' }),
      api.post('/api/auth/login', { username: 'nobody-by-this-name', password: 'not the password' }),
      api.post('/api/auth/login', { username: disabled.username, password: disabled.password }),
    ])
    for (const answer of answers) {
      expect(answer.status).toBe(401)
      expect(answer.json()).toEqual({
        error: 'Wrong username or password.',
        message: { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
      })
    }
  })

  test('stores only the hash of the session token', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const cookie = await api.signIn(account.username, account.password)
    const token = cookie.split('=')[1]!
    const rows = await database.sql()`select token_hash from auth.session where account_id = ${account.id}`
    expect(rows.map((row) => row.tokenHash)).toEqual([tokenHash(token)])
  })

  test('a new sign-in rotates the session: the old cookie stops working', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const first = await api.signIn(account.username, account.password)
    const second = await api.request('POST', '/api/auth/login', {
      body: { username: account.username, password: account.password },
      cookie: first,
    })
    expect(second.status).toBe(200)
    expect((await api.get('/api/auth/me', { cookie: first })).json()).toEqual({ account: null })
  })

  test('the password is hashed with argon2id', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const [row] = await database.sql()`select password_hash from auth.account where id = ${account.id}`
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/)
  })
})

describe('sessions', () => {
  test('sign-out ends the session on the server', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const cookie = await api.signIn(account.username, account.password)
    expect((await api.post('/api/auth/logout', undefined, { cookie })).status).toBe(200)
    expect((await api.get('/api/auth/me', { cookie })).json()).toEqual({ account: null })
  })

  test.each([
    [
      'expired',
      (id: number) =>
        database.sql()`update auth.session set expires_at = now() - interval '1 minute' where account_id = ${id}`,
    ],
    [
      'idle too long',
      (id: number) =>
        database.sql()`update auth.session set last_seen_at = now() - interval '3 hours' where account_id = ${id}`,
    ],
    ['revoked', (id: number) => database.sql()`update auth.session set revoked_at = now() where account_id = ${id}`],
    ['of a disabled account', (id: number) => database.sql()`update auth.account set disabled = true where id = ${id}`],
  ])('a session %s is refused', async (_case, spoil) => {
    const account = await testAccount(database.sql(), ['planner'])
    const cookie = await api.signIn(account.username, account.password)
    await spoil(account.id)
    expect((await api.get('/api/auth/me', { cookie })).json()).toEqual({ account: null })
  })

  test.each([
    ['one character changed', (token: string) => `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`],
    ['truncated', (token: string) => token.slice(0, 20)],
    ['garbage', () => "'; select * from auth.account; --"],
    ['very long', () => 'x'.repeat(10_000)],
  ])('a tampered cookie (%s) is a stranger', async (_case, tamper) => {
    const account = await testAccount(database.sql(), ['border'])
    const cookie = await api.signIn(account.username, account.password)
    const forged = `portal_session=${tamper(cookie.split('=')[1]!)}`
    const me = await api.get('/api/auth/me', { cookie: forged })
    expect(me.json()).toEqual({ account: null })
    expect((await api.get('/api/zones?kind=gates', { cookie: forged })).status).toBe(401)
  })
})

describe('cross-site requests', () => {
  test('a state-changing request from another site is refused', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const cookie = await api.signIn(account.username, account.password)
    const evil = await api.request('POST', '/api/auth/logout', { cookie, headers: { origin: 'https://evil.example' } })
    expect(evil.status).toBe(403)
    expect(evil.json().error).toMatch(/Cross-site request refused/)
    expect((await api.get('/api/auth/me', { cookie })).json().account).not.toBeNull()
  })

  test('without an Origin, only a same-origin fetch (Sec-Fetch-Site) is accepted', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const bare = await api.request('POST', '/api/auth/login', {
      body: { username: account.username, password: account.password },
      headers: { origin: '' },
    })
    expect(bare.status).toBe(403)
    const sameOrigin = await api.request('POST', '/api/auth/login', {
      body: { username: account.username, password: account.password },
      headers: { origin: '', 'sec-fetch-site': 'same-origin' },
    })
    expect(sameOrigin.status).toBe(200)
  })
})

describe('roles cannot be gained by asking', () => {
  test('extra fields at sign-in are ignored', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const answer = await api.post('/api/auth/login', {
      username: account.username,
      password: account.password,
      roles: ['admin', 'border'],
    })
    expect(answer.json().account.roles).toEqual(['planner'])
  })

  test('a planner cannot change roles, read the audit log or the defence layers, even with crafted parameters', async () => {
    const planner = await testAccount(database.sql(), ['planner'])
    const cookie = await api.signIn(planner.username, planner.password)
    expect(
      (await api.request('PATCH', `/api/users/${planner.id}`, { cookie, body: { roles: ['admin'] } })).status,
    ).toBe(403)
    expect((await api.get('/api/audit', { cookie })).status).toBe(403)
    expect((await api.get('/api/zones?kind=gates&role=border&roles=border', { cookie })).status).toBe(403)
    expect((await api.get('/api/zones?kind=gates', { cookie, headers: { 'x-roles': 'border' } })).status).toBe(403)
  })
})

describe('rate limiting', () => {
  test('after 5 failures the account waits, whatever the password, and says how long', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        (await api.post('/api/auth/login', { username: account.username, password: 'wrong password!' })).status,
      ).toBe(401)
    }
    const blocked = await api.post('/api/auth/login', { username: account.username, password: account.password })
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(blocked.json().message).toEqual({
      vi: expect.stringMatching(/^Nhập sai mật khẩu quá nhiều lần\. Hãy thử lại sau \d+ giây\.$/),
      en: expect.stringMatching(/^Too many wrong passwords\. Try again in \d+ seconds\.$/),
    })
  })

  // Issue #9: all 16 were checked (401) when the count came after the check; now it comes first.
  test('16 simultaneous wrong passwords for one account check at most 5', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    await database.sql()`delete from auth.throttle where key = 'address:unknown'`
    const answers = await Promise.all(
      Array.from({ length: 16 }, () =>
        api.post('/api/auth/login', { username: account.username, password: 'wrong password!' }),
      ),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5)
    expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([])
    const [row] = await database.sql()`
      select count(*)::int as checked from audit.event where action = 'sign-in failed' and target = ${account.username}`
    expect(row!.checked).toBeLessThanOrEqual(5)
  })

  test('the right password after refused guesses signs in once the wait is over, and takes nothing from the address', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    await database.sql()`delete from auth.throttle where key = 'address:unknown'`
    for (let attempt = 0; attempt < 3; attempt += 1)
      await api.post('/api/auth/login', { username: account.username, password: 'wrong password!' })
    expect((await api.post('/api/auth/login', { username: account.username, password: account.password })).status).toBe(
      200,
    )
    const rows = await database.sql()`
      select key, failures from auth.throttle where key in ('address:unknown', ${`account:${account.username}`})`
    expect(rows).toEqual([{ key: 'address:unknown', failures: 3 }])
  })

  test('an unknown username is throttled exactly like a known one', async () => {
    for (let attempt = 0; attempt < 6; attempt += 1)
      await api.post('/api/auth/login', { username: 'ghost-user-name', password: 'wrong password!' })
    const blocked = await api.post('/api/auth/login', { username: 'ghost-user-name', password: 'wrong password!' })
    expect(blocked.status).toBe(429)
  })
})

describe('passwords', () => {
  test('a user changes their own password; other sessions end, this one stays', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const here = await api.signIn(account.username, account.password)
    const elsewhere = await api.signIn(account.username, account.password)
    const changed = await api.post(
      '/api/auth/password',
      { current: account.password, next: 'a brand new passphrase' },
      { cookie: here },
    )
    expect(changed.status).toBe(200)
    expect((await api.get('/api/auth/me', { cookie: here })).json().account).not.toBeNull()
    expect((await api.get('/api/auth/me', { cookie: elsewhere })).json()).toEqual({ account: null })
    expect(
      (await api.post('/api/auth/login', { username: account.username, password: 'a brand new passphrase' })).status,
    ).toBe(200)
  })

  test('a short password is refused with the reason, in both languages', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const cookie = await api.signIn(account.username, account.password)
    const answer = await api.post('/api/auth/password', { current: account.password, next: 'short' }, { cookie })
    expect(answer.status).toBe(400)
    expect(answer.json().message).toEqual({
      vi: 'Mật khẩu phải có ít nhất 10 ký tự.',
      en: 'The password must have at least 10 characters.',
    })
  })

  // Issue #9: a stolen session could test guesses of the current password without changing it.
  test('with a bad new password, a right and a wrong current password get the same answer', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const cookie = await api.signIn(account.username, account.password)
    const right = await api.post('/api/auth/password', { current: account.password, next: 'short' }, { cookie })
    const wrong = await api.post('/api/auth/password', { current: 'a wrong guess 1', next: 'short' }, { cookie })
    expect([wrong.status, wrong.text]).toEqual([right.status, right.text])
  })

  test('failed password changes share the sign-in throttle and are audited', async () => {
    const account = await testAccount(database.sql(), ['planner'])
    const cookie = await api.signIn(account.username, account.password)
    const attempt = () =>
      api.post('/api/auth/password', { current: 'a wrong guess 1', next: 'a brand new passphrase' }, { cookie })
    const statuses = []
    for (let guess = 0; guess < 7; guess += 1) statuses.push((await attempt()).status)
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429])
    const [row] = await database.sql()`
      select count(*)::int as failed from audit.event where action = 'password change failed' and username = ${account.username}`
    expect(row!.failed).toBe(5)
    // The sign-in is throttled by the same count.
    const signIn = await api.post('/api/auth/login', { username: account.username, password: account.password })
    expect(signIn.status).toBe(429)
    await database.sql()`delete from auth.throttle where key in ('address:unknown', ${`account:${account.username}`})`
  })
})
