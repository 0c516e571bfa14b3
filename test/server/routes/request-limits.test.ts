import { expect, test } from 'vitest'
import { createApp } from '../../../server/app'
import { defaultSession } from '../../../server/env'
import { sharedDatabase } from '../../database'
import { appFor, sessionFor, testAccount } from './app'

// Small bodies and known hosts (issue #9): a 50 MB sign-in body was read and parsed, and with
// PUBLIC_ORIGIN set `Host: evil.example` with `Origin: http://evil.example` was let through.

const database = sharedDatabase()
const api = appFor(database)
const json = { 'content-type': 'application/json' }

test('a sign-in body of more than 4 KB is refused unread, 413 in both languages', async () => {
  const answer = await api.request('POST', '/api/auth/login', {
    rawBody: JSON.stringify({ username: 'someone', password: 'x'.repeat(5 * 1024 * 1024) }),
    headers: json,
  })
  expect(answer.status).toBe(413)
  expect(answer.json().message).toEqual({
    vi: 'Nội dung gửi lên lớn hơn giới hạn 4 KB của yêu cầu này.',
    en: "The request body is larger than this request's limit of 4 KB.",
  })
})

test('other JSON routes take 32 KB; a zone upload keeps its own 1 MB', async () => {
  const admin = await sessionFor(database.sql(), (await testAccount(database.sql(), ['admin'])).id)
  const settings = await api.request('PUT', '/api/settings', {
    cookie: admin,
    rawBody: JSON.stringify({ hideSampleFromPublic: false, padding: 'x'.repeat(40 * 1024) }),
    headers: json,
  })
  expect(settings.status).toBe(413)
  expect(settings.json().message.en).toContain('limit of 32 KB')
  // 5,000 positions (about 200 KB) reach the zone's own checks.
  const ring = Array.from({ length: 5001 }, (_, index) => {
    const angle = (2 * Math.PI * (index % 5000)) / 5000
    return [106.76 + 0.02 * Math.cos(angle), 21.91 + 0.02 * Math.sin(angle)]
  })
  const zone = await api.post(
    '/api/zones/restricted',
    { name: 'request-limits', geometry: { type: 'Polygon', coordinates: [ring] } },
    { cookie: admin },
  )
  expect(JSON.stringify(ring).length).toBeGreaterThan(64 * 1024)
  expect(zone.status).toBe(201)
  await database.sql()`delete from defence.restricted_zone where id = ${zone.json().id}`
})

test('with PUBLIC_ORIGIN, only that host and that origin are answered', async () => {
  const app = createApp({
    sql: database.sql(),
    database: database.kind,
    session: { ...defaultSession, publicOrigin: 'https://portal.example' },
  })
  // As @hono/node-server builds the request: its URL from the Host header.
  const ask = (host: string, init: { method?: string; origin?: string } = {}) =>
    app.request(`http://${host}/api/auth/logout`, {
      method: init.method ?? 'POST',
      headers: { host, ...(init.origin ? { origin: init.origin } : {}) },
    })
  const evil = await ask('evil.example', { origin: 'http://evil.example' })
  expect(evil.status).toBe(403)
  expect(((await evil.json()) as { message: { vi: string; en: string } }).message).toEqual({
    vi: 'Cổng thông tin chỉ trả lời tại https://portal.example.',
    en: 'The portal answers only at https://portal.example.',
  })
  expect((await ask('evil.example', { method: 'GET' })).status).toBe(403)
  expect((await ask('portal.example', { origin: 'http://portal.example' })).status).toBe(403)
  expect((await ask('portal.example', { origin: 'https://evil.example' })).status).toBe(403)
  expect((await ask('portal.example', { origin: 'https://portal.example' })).status).toBe(200)
})
