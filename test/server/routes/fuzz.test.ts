import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Role } from '../../../server/access'
import { setHideSample } from '../../../server/sql/settings'
import { beltWidth, setBeltWidth } from '../../../server/sql/zones'
import { sharedDatabase } from '../../database'
import { type Answer, appFor, errorProblems, registeredRoutes, sessionFor, testAccount } from './app'
import { uploadCases } from './fuzz-uploads'
import { removeImportsBy } from './import-helpers'
import { star } from './zone-shapes'

// Malformed input never gives a 500: every parameter of every registered route (query, path, JSON
// body field, the body itself) gets hundreds of bad values; every answer is a success or a clean
// refusal `{ error }` with a status a client can act on.

const database = sharedDatabase()
const api = appFor(database)
const tag = randomBytes(4).toString('hex')
const cleanStatuses = [400, 401, 403, 404, 409, 413, 429]

// ---- bad values ---------------------------------------------------------------------------------
const badText = [
  ...['', ' ', '\t\n', 'x'.repeat(10 * 1024), 'x'.repeat(100 * 1024)],
  ...['💥', 'e\u0301\u0301\u0301', '\u202Eabc', 'العربية', '\u0000', 'a\u0000b', '\uFEFF', '\u200B', 'Ｌạng Sơn'],
  ...["' or 1=1 --", '1; drop table unit', "%' and pg_sleep(5) is null --", '\\', '"', '$1', '{{x}}', '<b>x</b>'],
  ...['../../etc/passwd', '..\\..\\windows', '%2e%2e%2f', '/', '?', '#', '&', '=', '.', '..'],
  ...['-1', '0', '-0', '1e309', '-1e309', 'NaN', 'Infinity', '0x10', '0b11', '2021.5', ' 2021', '2021 ', '+1'],
  ...['9'.repeat(40), '1e-300', '2147483648', '{}', '[]', 'null', 'true', 'false', 'undefined'],
  ...['0604', '060400', '06a40', '０６１８４', '106.5,21.5,107,22', '106.5,21.5,107', 'NaN,NaN,NaN,NaN'],
  ...['0000-01-01T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-31', '275760-09-13T00:00:00Z', 'border', 'gates'],
]
// Already percent-encoded: invalid UTF-8 (a surrogate half, a cut emoji), bare or bad escapes, encoded dots.
const rawEncoded = [
  '%ED%A0%80',
  '%ED%BF%BF',
  encodeURIComponent('💥').slice(0, 9),
  '%',
  '%zz',
  '%2e%2e%2f',
  '..%2f..%2f',
]
const deep = (depth: number): unknown => (depth === 0 ? 1 : { a: deep(depth - 1) })
const badJson: unknown[] = [
  ...badText,
  ...['\ud800', '\udfff\ud800', -1, 0, 1e308, -1e308, 2021.5, 5e-324, 2 ** 53 + 1, true, false, null],
  ...[[], {}, [[]], ['border'], ['admin', 'admin', 'admin', 'admin'], { a: 1 }, deep(1000)],
]

// ---- cases --------------------------------------------------------------------------------------
type Case = {
  label: string
  url: string
  body?: unknown
  rawBody?: string | Uint8Array
  headers?: Record<string, string>
  form?: FormData
}
const json = { 'content-type': 'application/json' }
const show = (value: unknown) => (JSON.stringify(value) ?? String(value)).slice(0, 40)

/** Every bad value for one query parameter, the others as in `base`; also repeated and valueless. */
function queryCases(path: string, base: Record<string, string>, name: string, values = badText): Case[] {
  const others = Object.entries(base).filter(([key]) => key !== name)
  const url = (pairs: string[]) => `${path}?${[...others.map(([key, value]) => `${key}=${value}`), ...pairs].join('&')}`
  return [
    ...values.map((value) => ({ label: `${name}=${show(value)}`, url: url([`${name}=${encodeURIComponent(value)}`]) })),
    ...rawEncoded.map((value) => ({ label: `${name}=${value}`, url: url([`${name}=${value}`]) })),
    { label: `${name} twice`, url: url([`${name}=${base[name] ?? '2021'}`, `${name}=${base[name] ?? '2022'}`]) },
    { label: `${name} without =`, url: url([name]) },
    { label: `${name}[]`, url: url([`${name}[]=${base[name] ?? 'x'}`]) },
  ]
}

/** Every bad value for one path parameter of `template`. */
function pathCases(template: string, name: string, rest: Omit<Case, 'label' | 'url'> = {}): Case[] {
  const values = [...badText.map(encodeURIComponent), ...rawEncoded, '../../etc/passwd']
  return values.map((value) => ({
    label: `:${name}=${value.slice(0, 40)}`,
    url: template.replace(`:${name}`, value),
    ...rest,
  }))
}

/** Every bad JSON value for one body field, the others as in `base`; also the field missing. */
function fieldCases(url: string, base: Record<string, unknown>, field: string): Case[] {
  const { [field]: _, ...rest } = base
  return [
    ...badJson.map((value) => ({ label: `${field}: ${show(value)}`, url, body: { ...base, [field]: value } })),
    { label: `${field} missing`, url, body: rest },
  ]
}

/** The body itself malformed: bad JSON text, wrong content types, wrong shapes, extra fields, too big. */
function bodyCases(url: string, base: Record<string, unknown>): Case[] {
  const text = JSON.stringify(base)
  const malformed = [
    '',
    ' ',
    '{',
    '{"a":',
    '[',
    'nul',
    'NaN',
    "{'a':1}",
    `${text}}`,
    '\u0000',
    `${text.slice(0, -1)},}`,
  ]
  const types = [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
  ]
  return [
    ...malformed.map((raw) => ({ label: `body ${show(raw)}`, url, rawBody: raw, headers: json })),
    ...types.map((type) => ({ label: `content-type ${type}`, url, rawBody: text, headers: { 'content-type': type } })),
    { label: 'no content-type', url, rawBody: text },
    ...[[base], [], null, 'text', 1, true, {}].map((body) => ({ label: `body ${show(body)}`, url, body })),
    {
      label: 'extra fields',
      url,
      body: { ...base, extra: 'x', role: 'border', roles: ['border'], id: 1, admin: true },
    },
    {
      label: 'prototype pollution',
      url,
      rawBody: `{"__proto__":{"admin":true,"roles":["border"]}${text === '{}' ? '}' : `,${text.slice(1)}`}`,
      headers: json,
    },
    { label: 'body of 6 MB', url, rawBody: `{"a":"${'x'.repeat(6 * 1024 * 1024)}"}`, headers: json },
    { label: 'nested 100,000 deep', url, rawBody: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, headers: json },
  ]
}

/** All of a body's cases: the body as a whole and each field. */
const bodyFuzz = (url: string, base: Record<string, unknown>, fields = Object.keys(base)) => [
  ...bodyCases(url, base),
  ...fields.flatMap((field) => fieldCases(url, base, field)),
]

/** A bad session cookie: the cookie is a parameter too. */
const cookieCases = (url: string): Case[] =>
  [...badText.map(encodeURIComponent), 'A'.repeat(43), `${'A'.repeat(42)}=`, ...rawEncoded].map((value) => ({
    label: `cookie ${value.slice(0, 40)}`,
    url,
    headers: { cookie: `portal_session=${value}` },
  }))

// ---- zone geometry ------------------------------------------------------------------------------
type Position = [number, number]
const ring = (west = 106.7, south = 21.9, size = 0.02): Position[] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
]
const polygon = (coordinates: unknown) => ({ type: 'Polygon', coordinates })
const feature = (geometry: unknown) => ({ type: 'Feature', properties: {}, geometry })
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features })
const square = polygon([ring()])
// Positions on a circle, rounded: 300,000 are over the 1 MB body limit, 10,001 one over the cap.
const circleOf = (count: number) =>
  Array.from({ length: count }, (_, index) => {
    const angle = (2 * Math.PI * index) / (count - 1)
    return [
      Math.round((106.7 + 0.05 * Math.cos(angle)) * 100) / 100,
      Math.round((21.9 + 0.05 * Math.sin(angle)) * 100) / 100,
    ]
  })
const badGeometries: [string, unknown][] = [
  ['a self-crossing star of 301 points', star(301)],
  ['unclosed ring', polygon([ring().slice(0, 4)])],
  ['2-point ring', polygon([ring().slice(0, 2)])],
  ['3-position ring', polygon([[...ring().slice(0, 2), ring()[0]]])],
  ['zero area', polygon([ring(106.7, 21.9, 0)])],
  ['bow tie', polygon([[ring()[0], ring()[2], ring()[1], ring()[3], ring()[0]]])],
  ['hole outside the shell', polygon([ring(), ring(106.8, 22.0, 0.01)])],
  ['null coordinates', polygon([ring().map(([lon]) => [lon, null])])],
  ['string coordinates', polygon([ring().map(([lon, lat]) => [String(lon), lat])])],
  ['huge coordinates', polygon([ring(1e307, 1e307, 1e307)])],
  ['outside the province', polygon([ring(0, 0)])],
  ['inside the bounds, outside the province', polygon([ring(105.8, 21.1, 0.01)])],
  ['metres instead of degrees', polygon([ring(650_000, 2_420_000, 1000)])],
  ['latitude and longitude swapped', polygon([ring(21.9, 106.7)])],
  ['larger than 2,000 km²', polygon([ring(106.3, 21.5, 0.9)])],
  ['3D positions', polygon([ring().map((position) => [...position, 250])])],
  ['5 numbers a position', polygon([ring().map((position) => [...position, 1, 2, 3])])],
  ['1 number a position', polygon([ring().map(([lon]) => [lon])])],
  ['positions as objects', polygon([ring().map(([lon, lat]) => ({ lon, lat }))])],
  ['a ring of 300,000 positions', polygon([circleOf(300_000)])],
  ['a ring of 10,001 positions', polygon([circleOf(10_001)])],
  ['no rings', polygon([])],
  ['an empty ring', polygon([[]])],
  ['nested too deep', polygon([[ring()]])],
  ['101 rings', polygon(Array.from({ length: 101 }, () => ring()))],
  [
    '101 squares',
    { type: 'MultiPolygon', coordinates: Array.from({ length: 101 }, (_, i) => [ring(106.5 + i / 200, 21.9, 0.004)]) },
  ],
  ['Point', { type: 'Point', coordinates: [106.7, 21.9] }],
  ['LineString', { type: 'LineString', coordinates: ring() }],
  ['GeometryCollection', { type: 'GeometryCollection', geometries: [square] }],
  ['MultiPolygon of nothing', { type: 'MultiPolygon', coordinates: [] }],
  ['type missing', { coordinates: [ring()] }],
  ['type in lower case', { type: 'polygon', coordinates: [ring()] }],
  ['coordinates missing', { type: 'Polygon' }],
  ['Feature without geometry', feature(null)],
  ['Feature of a Point', feature({ type: 'Point', coordinates: [106.7, 21.9] })],
  ['empty FeatureCollection', collection([])],
  [
    'FeatureCollection with a LineString',
    collection([feature(square), feature({ type: 'LineString', coordinates: ring() })]),
  ],
  [
    'FeatureCollection of 2,000 features',
    collection(
      Array.from({ length: 2000 }, (_, i) => feature(polygon([ring(106.5 + (i % 50) / 100, 21.6 + i / 5000, 0.005)]))),
    ),
  ],
  ['GeoJSON as text', JSON.stringify(square)],
]
const geometryCases = (url: string, base: Record<string, unknown>): Case[] => [
  ...badGeometries.map(([label, geometry]) => ({ label: `geometry: ${label}`, url, body: { ...base, geometry } })),
  ...['NaN', '1e999', '-Infinity'].map((number) => ({
    label: `geometry with ${number}`,
    url,
    headers: json,
    rawBody: JSON.stringify({ ...base, geometry: square }).replace('106.7,', `${number},`),
  })),
]

// ---- routes -------------------------------------------------------------------------------------
type CallerName = 'anonymous' | 'planner' | 'border' | 'admin'
const callerRoles: Record<CallerName, Role[]> = {
  anonymous: [],
  planner: ['planner'],
  border: ['border'],
  admin: ['admin'],
}
type Fixture = { victim: { id: number; username: string }; zoneId: number; accounts: Record<string, number> }
type FuzzRoute = { callers: CallerName[]; cases: (fixture: Fixture) => Case[]; freshSession?: true }

// Anonymous and a planner everywhere (validation or the policy answers them first), and the role that
// gets past the policy where one is needed; on the admin routes the admin only (a planner is refused
// there exactly like anonymous, and the run must stay short).
const anyone: CallerName[] = ['anonymous', 'planner']
const zoneCallers: CallerName[] = [...anyone, 'border']
const adminCallers: CallerName[] = ['anonymous', 'admin']
// A route without parameters gets unknown ones, fewer of them: it answers the same to all.
const unknownParameters = badText.filter((_, index) => index % 3 === 0)
const noParameters = (url: string): FuzzRoute => ({
  callers: anyone,
  cases: () => queryCases(url, {}, 'x', unknownParameters),
})
const newAccount = { username: `fuzz-${tag}`, displayName: 'Fuzz', roles: ['planner'], password: 'a fuzz passphrase 1' }
const audit = { action: 'sign-in', username: 'nobody', since: '2026-01-01T00:00:00Z', until: '2100-01-01T00:00:00Z' }

// ---- the planner's tools ------------------------------------------------------------------------
const goodWeights = 'poverty_rate:2,village_road_hardened:1'
// Plausible mistakes in the weights, besides the general bad text.
const badWeights = [
  ...['poverty_rate', 'poverty_rate:', ':2', 'poverty_rate:0', 'poverty_rate:101', 'poverty_rate:-1'],
  ...['poverty_rate:1e3', 'poverty_rate:NaN', 'poverty_rate:Infinity', 'poverty_rate:0x10', 'poverty_rate:1:2'],
  ...['poverty_rate:1,poverty_rate:2', 'poverty_rate:1,', ',poverty_rate:1', ',,,', 'income_per_capita:1'],
  ...['population:1', 'foo:1', 'POVERTY_RATE:1', 'poverty rate:1', 'poverty_rate:1;drop table unit'],
  Array.from({ length: 21 }, () => 'poverty_rate:1').join(','),
  Array.from({ length: 20 }, (_, index) => `code_${index}:1`).join(','),
]
const rankingParameters = { year: '2024', weights: goodWeights, normalise: 'rank' }
const rankingCases = (path: string, base: Record<string, string>) => [
  ...queryCases(path, base, 'weights', [...badText, ...badWeights]),
  ...['year', 'normalise'].flatMap((name) => queryCases(path, base, name)),
]
const exportCases = (path: string) => [
  ...['kind', 'indicator', 'year'].flatMap((name) =>
    queryCases(path, { kind: 'indicator', indicator: 'poverty_rate', year: '2024' }, name),
  ),
  ...rankingCases(path, { kind: 'ranking', ...rankingParameters }),
]

// One entry per registered route (a test fails when a route has none).
const fuzzRoutes: Record<string, FuzzRoute> = {
  'POST /api/auth/login': {
    callers: ['anonymous'],
    cases: (f) => bodyFuzz('/api/auth/login', { username: f.victim.username, password: 'wrong password 1' }),
  },
  'POST /api/auth/logout': {
    callers: anyone,
    freshSession: true,
    cases: () => [...bodyCases('/api/auth/logout', {}), ...queryCases('/api/auth/logout', {}, 'x', unknownParameters)],
  },
  'GET /api/auth/me': { callers: ['anonymous'], cases: () => cookieCases('/api/auth/me') },
  'POST /api/auth/password': {
    callers: anyone,
    cases: () => bodyFuzz('/api/auth/password', { current: 'wrong password 1', next: 'a fuzz passphrase 2' }),
  },
  'GET /api/auth/sessions': noParameters('/api/auth/sessions'),
  'DELETE /api/auth/sessions/:id': { callers: anyone, cases: () => pathCases('/api/auth/sessions/:id', 'id') },
  'GET /api/users': { ...noParameters('/api/users'), callers: adminCallers },
  'POST /api/users': {
    callers: adminCallers,
    // A short password for the username's values, so that no account is made from them.
    cases: () => [
      ...bodyFuzz('/api/users', { ...newAccount, password: 'short' }, ['username']),
      ...bodyFuzz('/api/users', newAccount, ['displayName', 'roles', 'password']),
    ],
  },
  'PATCH /api/users/:id': {
    callers: adminCallers,
    cases: (f) => [
      ...pathCases('/api/users/:id', 'id', { body: {} }),
      ...bodyFuzz(`/api/users/${f.victim.id}`, { roles: ['planner'], disabled: false, displayName: 'Fuzz' }),
    ],
  },
  'POST /api/users/:id/password': {
    callers: adminCallers,
    cases: (f) => [
      ...pathCases('/api/users/:id/password', 'id', { body: { password: 'short' } }),
      ...bodyFuzz(`/api/users/${f.victim.id}/password`, { password: 'a fuzz passphrase 3' }),
    ],
  },
  'GET /api/health': noParameters('/api/health'),
  'GET /api/config': noParameters('/api/config'),
  'GET /api/units': {
    callers: anyone,
    cases: () =>
      ['level', 'vintage', 'detail', 'zoom'].flatMap((name) =>
        queryCases('/api/units', { level: 'district', vintage: '2021', detail: 'low', zoom: '8' }, name),
      ),
  },
  'GET /api/units/:code': {
    callers: anyone,
    cases: () => [...pathCases('/api/units/:code', 'code'), ...queryCases('/api/units/06184', {}, 'vintage')],
  },
  'GET /api/indicators': noParameters('/api/indicators'),
  'GET /api/indicators/:code/values': {
    callers: anyone,
    cases: () => [
      ...pathCases('/api/indicators/:code/values', 'code'),
      ...['year', 'vintage', 'level', 'commune'].flatMap((name) =>
        queryCases('/api/indicators/poverty_rate/values', { year: '2024', commune: '06184' }, name),
      ),
    ],
  },
  'GET /api/villages': { callers: anyone, cases: () => queryCases('/api/villages', {}, 'commune') },
  'GET /api/search': {
    callers: anyone,
    cases: () => ['q', 'limit'].flatMap((name) => queryCases('/api/search', { q: 'dong', limit: '3' }, name)),
  },
  'GET /api/border': { callers: anyone, cases: () => queryCases('/api/border', { detail: 'low' }, 'detail') },
  'GET /api/zones': {
    callers: zoneCallers,
    cases: () => [...queryCases('/api/zones', {}, 'kind'), ...cookieCases('/api/zones?kind=gates')],
  },
  'GET /api/zones/near-border': {
    callers: zoneCallers,
    cases: () =>
      ['level', 'within'].flatMap((name) =>
        queryCases('/api/zones/near-border', { level: 'commune', within: '1' }, name),
      ),
  },
  'POST /api/zones/restricted': {
    callers: zoneCallers,
    cases: () => {
      const base = { name: `fuzz-zone-${tag}`, note: null, geometry: square }
      return [...geometryCases('/api/zones/restricted', base), ...bodyFuzz('/api/zones/restricted', base)]
    },
  },
  'PATCH /api/zones/restricted/:id': {
    callers: zoneCallers,
    // `deleted: true` is valid and ends the zone: its values come last.
    cases: (f) => {
      const url = `/api/zones/restricted/${f.zoneId}`
      const base = { name: `fuzz-zone-${tag}`, note: 'changed', geometry: square }
      return [
        ...pathCases('/api/zones/restricted/:id', 'id', { body: {} }),
        ...geometryCases(url, base),
        ...bodyFuzz(url, base, ['name', 'note', 'geometry', 'deleted']),
      ]
    },
  },
  'GET /api/zones/settings': { ...noParameters('/api/zones/settings'), callers: adminCallers },
  'PUT /api/zones/settings': { callers: adminCallers, cases: () => bodyFuzz('/api/zones/settings', { widthM: 1000 }) },
  'GET /api/audit': {
    callers: adminCallers,
    cases: () =>
      ['action', 'username', 'since', 'until', 'before', 'limit'].flatMap((name) =>
        queryCases('/api/audit', { ...audit, before: '1000000', limit: '5' }, name),
      ),
  },
  'GET /api/units/:code/former': {
    callers: anyone,
    cases: () => [
      ...pathCases('/api/units/:code/former', 'code'),
      ...queryCases('/api/units/06040/former', {}, 'year'),
    ],
  },
  'GET /api/ranking': { callers: anyone, cases: () => rankingCases('/api/ranking', rankingParameters) },
  'GET /api/targets': { callers: anyone, cases: () => queryCases('/api/targets', {}, 'year') },
  'GET /api/export.csv': { callers: anyone, cases: () => exportCases('/api/export.csv') },
  'GET /api/export.geojson': { callers: anyone, cases: () => exportCases('/api/export.geojson') },
  'GET /api/imports/template': {
    callers: anyone,
    cases: () =>
      ['indicator', 'year', 'layout', 'format'].flatMap((name) =>
        queryCases(
          '/api/imports/template',
          { indicator: 'poverty_rate', year: '2025', layout: 'long', format: 'csv' },
          name,
        ),
      ),
  },
  'POST /api/imports': {
    callers: anyone,
    cases: () => [...uploadCases('/api/imports', badText), ...bodyCases('/api/imports', {})],
  },
  'GET /api/imports': noParameters('/api/imports'),
  'GET /api/imports/:id': { callers: anyone, cases: () => pathCases('/api/imports/:id', 'id') },
  'GET /api/imports/:id/history': { callers: anyone, cases: () => pathCases('/api/imports/:id/history', 'id') },
  'POST /api/imports/:id/publish': { callers: anyone, cases: () => pathCases('/api/imports/:id/publish', 'id') },
  'POST /api/imports/:id/discard': { callers: anyone, cases: () => pathCases('/api/imports/:id/discard', 'id') },
  'POST /api/imports/:id/rollback': { callers: anyone, cases: () => pathCases('/api/imports/:id/rollback', 'id') },
  'GET /api/values/history': {
    callers: anyone,
    cases: () =>
      ['unit', 'vintage', 'indicator', 'year'].flatMap((name) =>
        queryCases(
          '/api/values/history',
          { unit: '06040', vintage: '2025', indicator: 'poverty_rate', year: '2025' },
          name,
        ),
      ),
  },
  // Valid values are recorded as corrections: the run removes them afterwards.
  'POST /api/values': {
    callers: anyone,
    cases: () =>
      bodyFuzz('/api/values', {
        indicator: 'poverty_rate',
        unit: '06040',
        vintage: '2025',
        year: 2025,
        value: 140,
        note: 'fuzz',
        document: 'fuzz',
      }),
  },
  'GET /api/settings': noParameters('/api/settings'),
  'PUT /api/settings': {
    callers: adminCallers,
    cases: () => bodyFuzz('/api/settings', { hideSampleFromPublic: false }),
  },
}

// ---- the run ------------------------------------------------------------------------------------
const fixture = { accounts: {} } as Fixture
let original: { widthM: number } | undefined
beforeAll(async () => {
  const sql = database.sql()
  for (const [name, roles] of Object.entries(callerRoles))
    if (roles.length > 0) fixture.accounts[name] = (await testAccount(sql, roles)).id
  fixture.victim = await testAccount(sql, [])
  const zone = await api.post(
    '/api/zones/restricted',
    { name: `fuzz-zone-${tag}`, geometry: square },
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
  await sql`delete from defence.restricted_zone where name like ${`%fuzz-zone-${tag}%`} or created_by = (
    select username from auth.account where id = ${fixture.accounts.border ?? 0})`
  await sql`delete from auth.account where username = ${newAccount.username}`
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
  })
})

test('the database is intact afterwards', async () => {
  expect((await api.get('/api/units?vintage=2025')).json().features).toHaveLength(65)
  expect(await database.sql()`select count(*)::int as n from defence.border_gate`).toEqual([{ n: 6 }])
  expect((await api.get('/api/search?q=dong%20dang')).json().results[0]).toMatchObject({ code: '06184' })
})
