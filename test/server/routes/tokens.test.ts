import { createHash } from 'node:crypto'
import { Writable } from 'node:stream'
import { expect, test } from 'vitest'
import { createLogger } from '../../../server/log'
import { tokenDays } from '../../../server/routes/tokens'
import { sharedDatabase } from '../../database'
import { appFor, sessionFor, testAccount } from './app'

// Personal access tokens (issue #13 §4): made, named, listed and revoked by their owner with a
// session; `Authorization: Bearer …` then acts with the account's roles on /api and /ogc, and is
// refused after revocation, expiry, locking the account or changing its password.

const database = sharedDatabase()
const lines: string[] = []
const logger = createLogger(
  'info',
  new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  }),
)
const api = appFor(database, () => ({ logger }))
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** An account with the roles, its session cookie, and a new token made through the route. */
async function withToken(roles: string[], name = 'QGIS trên máy văn phòng') {
  const account = await testAccount(database.sql(), roles)
  const cookie = await sessionFor(database.sql(), account.id)
  const made = await api.post('/api/auth/tokens', { name }, { cookie })
  expect(made.status).toBe(201)
  return { ...account, cookie, made: made.json() as { id: string; token: string; expiresAt: string; name: string } }
}

test('a token is shown once, stored only as its SHA-256, listed by name and never by its text', async () => {
  const { id, cookie, made } = await withToken(['planner'])
  expect(made.token).toMatch(/^lsp_[A-Za-z0-9_-]{43}$/)
  const days = (Date.parse(made.expiresAt) - Date.now()) / 86_400_000
  expect(days).toBeGreaterThan(tokenDays.default - 1)
  expect(days).toBeLessThanOrEqual(tokenDays.default)
  const [stored] = await database.sql()`select token_hash from auth.token where account_id = ${id}`
  expect(stored!.tokenHash).toBe(createHash('sha256').update(made.token).digest('hex'))
  const listed = await api.get('/api/auth/tokens', { cookie })
  expect(listed.headers.get('cache-control')).toBe('no-store')
  expect(listed.json()).toEqual([
    {
      id: made.id,
      name: 'QGIS trên máy văn phòng',
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
      lastUsedAt: null,
      lastUsedAddress: null,
    },
  ])
  expect(listed.text).not.toContain(made.token)
  expect(listed.text).not.toContain(stored!.tokenHash)
})

test('Bearer acts with the account’s roles on /api and /ogc, and says when it was last used', async () => {
  const { cookie, made } = await withToken(['border'])
  const me = await api.get('/api/auth/me', { headers: bearer(made.token) })
  expect(me.json().can.zones).toBe(true)
  expect((await api.get('/api/zones?kind=gates', { headers: bearer(made.token) })).json().features).toHaveLength(6)
  const collections = await api.get('/ogc/collections', { headers: bearer(made.token) })
  expect(collections.json().collections.map((item: { id: string }) => item.id)).toContain('border_gates')
  expect(collections.headers.get('cache-control')).toBe('no-store')
  const [listed] = (await api.get('/api/auth/tokens', { cookie })).json()
  expect(listed).toMatchObject({ lastUsedAt: expect.any(String), lastUsedAddress: 'unknown' })
})

test('a request with a token needs no Origin; one with a session cookie still does', async () => {
  const { cookie, made } = await withToken(['admin'])
  const body = { hideSampleFromPublic: false }
  const noOrigin = { origin: '' }
  expect(
    (await api.request('PUT', '/api/settings', { body, headers: { ...bearer(made.token), ...noOrigin } })).status,
  ).toBe(200)
  const cookieOnly = await api.request('PUT', '/api/settings', { body, cookie, headers: noOrigin })
  expect(cookieOnly.status).toBe(403)
})

test('a session cookie and a token together are refused, in both languages', async () => {
  const { cookie, made } = await withToken(['planner'])
  const both = await api.get('/api/units?level=province', { cookie, headers: bearer(made.token) })
  expect(both.status).toBe(400)
  expect(both.json().message).toEqual({
    vi: expect.stringContaining('cả cookie phiên đăng nhập lẫn mã truy cập'),
    en: 'The request carries both a session cookie and an access token: send only one of them.',
  })
  expect((await api.get('/ogc', { cookie, headers: bearer(made.token) })).status).toBe(400)
})

test('neither sessions nor tokens nor the password can be managed with a token', async () => {
  const { made } = await withToken(['admin'])
  const headers = bearer(made.token)
  const attempts = [
    api.get('/api/auth/sessions', { headers }),
    api.request('DELETE', '/api/auth/sessions/0b8e6c3e-4d6f-4b8a-9a37-2f1d5c3e9b10', { headers }),
    api.get('/api/auth/tokens', { headers }),
    api.post('/api/auth/tokens', { name: 'successor' }, { headers }),
    api.request('DELETE', `/api/auth/tokens/${made.id}`, { headers }),
    api.post(
      '/api/auth/password',
      { current: 'a long test password 1', next: 'another long passphrase 2' },
      { headers },
    ),
    api.post('/api/auth/logout', {}, { headers }),
    api.post('/api/auth/login', { username: 'x', password: 'y' }, { headers }),
  ]
  for (const answer of await Promise.all(attempts)) {
    expect(answer.status).toBe(403)
    expect(answer.json().message.vi).toContain('Mã truy cập (token) không dùng được')
  }
  const [live] = await database.sql()`
    select count(*)::int as n from auth.token where revoked_at is null
      and account_id = (select account_id from auth.token where id = ${made.id})`
  expect(live!.n).toBe(1)
})

test('a revoked token is refused, and its revocation is audited by name, without the token', async () => {
  const { username, cookie, made } = await withToken(['planner'], `script ${Math.random()}`)
  expect((await api.request('DELETE', `/api/auth/tokens/${made.id}`, { cookie })).json()).toEqual({ revoked: true })
  const refused = await api.get('/api/auth/me', { headers: bearer(made.token) })
  expect(refused.status).toBe(401)
  expect(refused.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"')
  expect((await api.request('DELETE', `/api/auth/tokens/${made.id}`, { cookie })).status).toBe(404)
  expect((await api.get('/api/auth/tokens', { cookie })).json()).toEqual([])
  const entries =
    await database.sql()`select action, detail::text from audit.event where username = ${username} order by id`
  expect(entries.map((entry) => entry.action)).toEqual(['token created', 'token revoked'])
  expect(entries[1]!.detail).toContain(made.name)
  const [leaked] =
    await database.sql()`select count(*)::int as n from audit.event where detail::text like ${`%${made.token.slice(4, 20)}%`} or target like ${`%${made.token.slice(4, 20)}%`}`
  expect(leaked!.n).toBe(0)
})

test('a token is refused once expired, once its account is locked, and once its password changed', async () => {
  const sql = database.sql()
  const expired = await withToken(['planner'])
  await sql`update auth.token set created_at = now() - interval '91 days', expires_at = now() - interval '1 day' where id = ${expired.made.id}`
  expect((await api.get('/api/auth/me', { headers: bearer(expired.made.token) })).status).toBe(401)

  const locked = await withToken(['planner'])
  await sql`update auth.account set disabled = true where id = ${locked.id}`
  expect((await api.get('/ogc/collections', { headers: bearer(locked.made.token) })).status).toBe(401)
  await sql`update auth.account set disabled = false where id = ${locked.id}`
  expect((await api.get('/ogc/collections', { headers: bearer(locked.made.token) })).status).toBe(200)

  const changed = await withToken(['planner'])
  await sql`delete from auth.throttle where key in ('address:unknown', ${`account:${changed.username}`})`
  const password = await api.post(
    '/api/auth/password',
    { current: changed.password, next: 'a brand new passphrase 7' },
    { cookie: changed.cookie },
  )
  expect(password.status).toBe(200)
  expect((await api.get('/api/auth/me', { headers: bearer(changed.made.token) })).status).toBe(401)
  expect((await api.get('/api/auth/tokens', { cookie: changed.cookie })).json()).toEqual([])
})

test('what is not a working token is refused, not taken for the public', async () => {
  for (const authorization of [`Bearer lsp_${'A'.repeat(43)}`, 'Bearer nonsense', 'Basic dXNlcjpwYXNz', 'Bearer'])
    expect((await api.get('/api/units?level=province', { headers: { authorization } })).status).toBe(401)
  const unknown = await api.get('/ogc/collections/villages/items', { headers: bearer(`lsp_${'B'.repeat(43)}`) })
  expect(unknown.json().message.en).toContain('not valid, has expired or was revoked')
})

test('names and lifetimes are checked; the default is 90 days, the most 365, at most 20 live tokens', async () => {
  const account = await testAccount(database.sql(), ['planner'])
  const cookie = await sessionFor(database.sql(), account.id)
  for (const body of [
    { name: '' },
    { name: 'x'.repeat(101) },
    { name: 'a', days: 0 },
    { name: 'a', days: 366 },
    { name: 'a', days: 1.5 },
    {},
  ]) {
    const answer = await api.post('/api/auth/tokens', body, { cookie })
    expect(answer.status, JSON.stringify(body)).toBe(400)
    expect(answer.json().message.vi).toMatch(/^Nội dung gửi lên sai: (name|days)/)
  }
  const year = await api.post('/api/auth/tokens', { name: 'a', days: 365 }, { cookie })
  expect(Date.parse(year.json().expiresAt) - Date.now()).toBeGreaterThan(364 * 86_400_000)
  for (let index = 1; index < 20; index += 1)
    expect((await api.post('/api/auth/tokens', { name: `t${index}` }, { cookie })).status).toBe(201)
  const over = await api.post('/api/auth/tokens', { name: 'one too many' }, { cookie })
  expect(over.status).toBe(409)
  expect(over.json().message.vi).toContain('20 mã truy cập')
  expect((await api.post('/api/auth/tokens', { name: 'anonymous' })).status).toBe(401)
})

test('no token reaches the log, whatever the request', async () => {
  const { made } = await withToken(['planner'])
  lines.length = 0
  await api.get('/api/units?level=province', { headers: bearer(made.token) })
  await api.get(`/ogc/collections/villages/items?limit=1`, {
    headers: { ...bearer(made.token), 'x-request-id': made.token },
  })
  await api.get('/api/auth/me', { headers: bearer(`${made.token}x`) })
  expect(lines.length).toBeGreaterThanOrEqual(3)
  const log = lines.join('')
  expect(log).not.toContain(made.token.slice(4))
  expect(log.toLowerCase()).not.toContain('bearer')
})
