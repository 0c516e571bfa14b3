import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Action, layers, policy, type Role } from '../../../server/access'
import type { Sql } from '../../../server/db'
import { actAs } from '../../../server/sql/caller-role'
import { setHideSample } from '../../../server/sql/settings'
import {
  beltWidth,
  borderAreaGeoJson,
  borderBeltGeoJson,
  gatesGeoJson,
  nearBorder,
  restrictedZonesGeoJson,
  zoneKinds,
} from '../../../server/sql/zones'
import { rolledBack, sharedDatabase } from '../../database'
import { type Answer, appFor, errorProblems, registeredRoutes, sessionFor, testAccount } from './app'

// Nothing restricted reaches a caller without the border role: every route the router registers is
// asked by every kind of non-border caller, with valid and crafted parameters, and each answer's raw
// text is searched for markers only defence data carries. The border role is the positive control.

const database = sharedDatabase()
const api = appFor(database)
const tag = randomBytes(6).toString('hex')
const zone = { name: `LEAK-MARKER-ZONE-${tag}`, note: `LEAK-MARKER-NOTE-${tag}` }
const missingId = 2_000_000_000
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [106.7, 21.9],
      [106.72, 21.9],
      [106.72, 21.92],
      [106.7, 21.9],
    ],
  ],
}

type Marker = { name: string; pattern: RegExp }
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const phrase = (text: string): Marker => ({ name: text, pattern: new RegExp(escapeRegExp(text), 'iu') })
const key = (name: string): Marker => ({ name: `"${name}"`, pattern: new RegExp(`"${name}"\\s*:`) })
const kind = (value: string): Marker => ({
  name: `"kind":"${value}"`,
  pattern: new RegExp(`"kind"\\s*:\\s*"${value}"`),
})
const markers: Marker[] = [
  phrase(zone.name),
  phrase(zone.note),
  phrase('LEAK-MARKER-'),
  phrase('Youyiguan'), // reference/border_gates.csv, counterpart of Hữu Nghị
  phrase('cửa khẩu quốc tế'),
  phrase('TÀI LIỆU HẠN CHẾ'), // the first lines of a restricted CSV (planning/near-border-table.ts)
  ...['widthM', 'legalBasis', 'namedNotTouching', 'distanceKm'].map(key),
  ...['gate', 'border_belt', 'border_area', 'restricted'].map(kind),
  ...layers.restricted.map(phrase),
]

/** The markers in an answer, read raw and as compact JSON (PostGIS writes `"kind" : "gate"`). */
function found(text: string): string[] {
  const forms = [text.normalize('NFC')]
  try {
    forms.push(JSON.stringify(JSON.parse(text)).normalize('NFC'))
  } catch {}
  return markers.filter((marker) => forms.some((form) => marker.pattern.test(form))).map((marker) => marker.name)
}

const callers = {
  anonymous: [],
  planner: ['planner'],
  admin: ['admin'], // admin is not border
  'planner+admin': ['planner', 'admin'],
} satisfies Record<string, Role[]>
type CallerName = keyof typeof callers

type Fixture = {
  zoneId: number
  victim: { id: number; username: string }
  borderUsername: string
  beltWidthM: number
  accounts: Partial<Record<CallerName, number>>
}
/** A probe `open` to everyone whatever its route needs (a route with public and restricted questions). */
type Probe = { url: string; body?: Record<string, unknown>; open?: true }
type RouteCase = {
  /** What the route needs: a policy action, or any session. Without it: 401 anonymous, 403 signed in (or 400 on bad input). */
  needs?: Action | 'session'
  /** Markers that callers having `needs` may see, with the reason in a comment. */
  shows?: string[]
  /** The body's `roles` is a real field: claiming border there is asking to grant it, which only border may (403). */
  grantsRoles?: true
  probes: (fixture: Fixture) => Probe[]
}
const urls =
  (...list: string[]) =>
  () =>
    list.map((url) => ({ url }))
let serial = 0

// One entry per registered route (the first test fails when a route has none).
const routeCases: Record<string, RouteCase> = {
  'POST /api/auth/login': {
    probes: (f) => [{ url: '/api/auth/login', body: { username: f.victim.username, password: 'not the password 1' } }],
  },
  'POST /api/auth/logout': { probes: urls('/api/auth/logout') },
  // Anyone may ask who they are: the public is answered { account: null } (issue 10 §5).
  'GET /api/auth/me': { probes: urls('/api/auth/me') },
  'POST /api/auth/password': {
    needs: 'session',
    probes: () => [
      { url: '/api/auth/password', body: { current: 'not the password 1', next: 'another passphrase 1' } },
    ],
  },
  'GET /api/auth/sessions': { needs: 'session', probes: urls('/api/auth/sessions') },
  // A session id that is not the caller's: 404, as for one that never was.
  'DELETE /api/auth/sessions/:id': {
    needs: 'session',
    probes: urls('/api/auth/sessions/0b8e6c3e-4d6f-4b8a-9a37-2f1d5c3e9b10'),
  },
  // Personal access tokens (issue #13 §4): the caller's own, with a session only.
  'GET /api/auth/tokens': { needs: 'session', probes: urls('/api/auth/tokens') },
  'POST /api/auth/tokens': {
    needs: 'session',
    probes: () => [{ url: '/api/auth/tokens', body: { name: `leak probe ${tag}`, days: 1 } }],
  },
  'DELETE /api/auth/tokens/:id': {
    needs: 'session',
    probes: urls('/api/auth/tokens/0b8e6c3e-4d6f-4b8a-9a37-2f1d5c3e9b10'),
  },
  'GET /api/users': { needs: 'users:manage', probes: urls('/api/users') },
  'POST /api/users': {
    needs: 'users:manage',
    grantsRoles: true,
    probes: () => [
      {
        url: '/api/users',
        // Not border: only an admin with border may grant it (test/server/routes/users.test.ts).
        body: { username: `leak-${tag}-${++serial}`, roles: ['planner'], password: 'leak probe pass 1' },
      },
    ],
  },
  'PATCH /api/users/:id': {
    needs: 'users:manage',
    grantsRoles: true,
    probes: (f) => [f.victim.id, missingId].map((id) => ({ url: `/api/users/${id}`, body: { displayName: 'probe' } })),
  },
  'POST /api/users/:id/password': {
    needs: 'users:manage',
    probes: (f) =>
      [f.victim.id, missingId].map((id) => ({
        url: `/api/users/${id}/password`,
        body: { password: 'leak probe pass 2' },
      })),
  },
  'GET /api/health': { probes: urls('/api/health') },
  'GET /api/health/ready': { probes: urls('/api/health/ready') },
  'GET /api/config': { probes: urls('/api/config') },
  'GET /api/units': { probes: urls('/api/units', '/api/units?level=district&detail=low', '/api/units?level=province') },
  'GET /api/units/:code': { probes: urls('/api/units/06184', '/api/units/99999?vintage=2021') },
  'GET /api/indicators': { probes: urls('/api/indicators') },
  'GET /api/indicators/:code/values': {
    probes: urls('/api/indicators/poverty_rate/values', '/api/indicators/cultural_house/values?level=village'),
  },
  'GET /api/villages': { probes: urls('/api/villages', '/api/villages?commune=06184') },
  'GET /api/search': { probes: urls('/api/search?q=huu%20nghi', '/api/search?q=dong%20dang&limit=50') },
  'GET /api/border': { probes: urls('/api/border?detail=full') },
  'GET /api/zones': {
    needs: 'zones:read',
    probes: () => zoneKinds.map((kind) => ({ url: `/api/zones?kind=${kind}` })),
  },
  'GET /api/zones/near-border': {
    needs: 'zones:read',
    probes: urls('/api/zones/near-border', '/api/zones/near-border?level=commune&within=50'),
  },
  // Issue 10 §5: the near-border list as a file, through the one CSV writer.
  'GET /api/zones/near-border/export.csv': {
    needs: 'zones:read',
    probes: urls('/api/zones/near-border/export.csv', '/api/zones/near-border/export.csv?level=commune&within=50'),
  },
  'POST /api/zones/restricted': {
    needs: 'zones:add',
    probes: () => [{ url: '/api/zones/restricted', body: { name: `${zone.name}-${++serial}`, geometry: square } }],
  },
  'PATCH /api/zones/restricted/:id': {
    needs: 'zones:edit',
    probes: (f) =>
      [f.zoneId, missingId].map((id) => ({
        url: `/api/zones/restricted/${id}`,
        body: { note: 'probe', deleted: true },
      })),
  },
  // The admin sets the belt width: the setting's own name is no secret to them.
  'GET /api/zones/settings': { needs: 'zones:settings', shows: ['"widthM"'], probes: urls('/api/zones/settings') },
  'PUT /api/zones/settings': {
    needs: 'zones:settings',
    shows: ['"widthM"'],
    probes: (f) => [{ url: '/api/zones/settings', body: { widthM: f.beltWidthM } }],
  },
  'GET /api/units/:code/former': { probes: urls('/api/units/06040/former', '/api/units/06184/former?year=2021') },
  'GET /api/ranking': {
    needs: 'planner:tools',
    probes: urls(
      '/api/ranking?weights=poverty_rate:2,village_road_hardened:1',
      '/api/ranking?year=2022&weights=especially_difficult_commune:1,commune_road_paved:1&normalise=rank',
    ),
  },
  // One probe: the scoreboard computes every target's province series (about a second on PGlite).
  'GET /api/targets': { needs: 'planner:tools', probes: urls('/api/targets?year=2024') },
  // Capital allocation (issue 11 §2), the planners' and admins'. Its border criterion is a yes/no per
  // commune that is public to them (docs/architecture.md, "Capital allocation"; tested below): no
  // border-area layer content (its kind, lengths along the line, named communes, legal basis) is in
  // any answer. Probes that would save or recompute name no scenario (a well-formed id of none).
  'POST /api/allocation/preview': {
    needs: 'allocation:plan',
    probes: () => [{ url: '/api/allocation/preview', body: { total: 1_000_003 } }],
  },
  // The progress report (issue 11 §1) holds the plan's figures and maps, no defence layer.
  'GET /api/reports/progress': {
    needs: 'planner:tools',
    probes: urls('/api/reports/progress?year=2025&format=html&lang=vi'),
  },
  'GET /api/allocation/scenarios': { needs: 'allocation:plan', probes: urls('/api/allocation/scenarios') },
  'POST /api/allocation/scenarios': {
    needs: 'allocation:plan',
    probes: () => [
      { url: '/api/allocation/scenarios', body: { name: `leak ${tag}`, total: 7, copiedFrom: noScenario } },
    ],
  },
  'GET /api/allocation/scenarios/:id': {
    needs: 'allocation:plan',
    probes: () => urls(`/api/allocation/scenarios/${allocation.id}`, `/api/allocation/scenarios/${noScenario}`)(),
  },
  'PATCH /api/allocation/scenarios/:id': {
    needs: 'allocation:plan',
    probes: () => [{ url: `/api/allocation/scenarios/${noScenario}`, body: { name: 'probe', total: 7 } }],
  },
  'DELETE /api/allocation/scenarios/:id': {
    needs: 'allocation:plan',
    probes: () => urls(`/api/allocation/scenarios/${noScenario}`)(),
  },
  'GET /api/allocation/scenarios/:id/compare/:other': {
    needs: 'allocation:plan',
    probes: () => urls(`/api/allocation/scenarios/${allocation.id}/compare/${allocation.id}`)(),
  },
  'GET /api/allocation/scenarios/:id/export.csv': {
    needs: 'allocation:plan',
    probes: () => urls(`/api/allocation/scenarios/${allocation.id}/export.csv`)(),
  },
  'GET /api/allocation/scenarios/:id/export.xlsx': {
    needs: 'allocation:plan',
    probes: () => urls(`/api/allocation/scenarios/${allocation.id}/export.xlsx`)(),
  },
  'POST /api/allocation/overrides': {
    needs: 'allocation:plan',
    probes: () => [{ url: '/api/allocation/overrides', body: { file: 'probe' } }],
  },
  // The published figures are everyone's download (issue 10 §6); the ranking stays the planner's.
  // What the public must not get from them (drafts, hidden samples) is tested below.
  'GET /api/export.csv': {
    needs: 'planner:tools',
    probes: () => [
      { url: '/api/export.csv?kind=indicator&indicator=poverty_rate&year=2024', open: true },
      { url: '/api/export.csv?kind=ranking&weights=poverty_rate:1,especially_difficult_commune:1' },
      { url: '/api/export.csv?kind=indicator&kind=ranking&weights=poverty_rate:1&indicator=poverty_rate' },
    ],
  },
  'GET /api/export.geojson': {
    needs: 'planner:tools',
    probes: () => [
      { url: '/api/export.geojson?kind=indicator&indicator=cultural_house&year=2025', open: true },
      { url: '/api/export.geojson?kind=ranking&weights=forest_cover:1&year=2023' },
    ],
  },
  // Imports and values (issue #6): nothing restricted in them; probes that cannot write (a JSON
  // body where a file is expected, ids that do not exist, a value out of range, the setting as it is).
  'GET /api/imports/template': {
    needs: 'values:import',
    probes: urls(
      '/api/imports/template?indicator=all&year=2025&format=csv',
      '/api/imports/template?year=2023&layout=long',
    ),
  },
  'POST /api/imports': { needs: 'values:import', probes: () => [{ url: '/api/imports', body: { document: 'probe' } }] },
  'GET /api/imports': { needs: 'values:import', probes: urls('/api/imports') },
  'GET /api/imports/:id': { needs: 'values:import', probes: urls(`/api/imports/${missingId}`) },
  'GET /api/imports/:id/history': { needs: 'values:import', probes: urls(`/api/imports/${missingId}/history`) },
  'POST /api/imports/:id/publish': { needs: 'values:import', probes: urls(`/api/imports/${missingId}/publish`) },
  'POST /api/imports/:id/discard': { needs: 'values:import', probes: urls(`/api/imports/${missingId}/discard`) },
  'POST /api/imports/:id/rollback': { needs: 'values:import', probes: urls(`/api/imports/${missingId}/rollback`) },
  'GET /api/values/history': {
    needs: 'values:import',
    probes: urls(
      '/api/values/history?unit=06040&vintage=2025',
      '/api/values/history?unit=06184&indicator=poverty_rate',
    ),
  },
  'POST /api/values': {
    needs: 'values:import',
    probes: () => [
      { url: '/api/values', body: { indicator: 'poverty_rate', unit: '06040', year: 2025, value: 140, note: 'probe' } },
    ],
  },
  'GET /api/settings': { needs: 'settings:read', probes: urls('/api/settings') },
  'PUT /api/settings': {
    needs: 'settings:edit',
    probes: () => [{ url: '/api/settings', body: { hideSampleFromPublic: false } }],
  },
  // The log names which restricted layer was read: that is what the admin audits. Its contents are not theirs.
  'GET /api/audit': {
    needs: 'audit:read',
    shows: [...layers.restricted],
    probes: (f) =>
      urls('/api/audit', '/api/audit?action=restricted%20zone%20added', `/api/audit?username=${f.borderUsername}`)(),
  },
  // The log as a file (issue 10 §5): the same entries as the log, so the same reason.
  'GET /api/audit/export.csv': {
    needs: 'audit:read',
    shows: [...layers.restricted],
    probes: (f) =>
      urls(
        '/api/audit/export.csv',
        '/api/audit/export.csv?action=restricted%20zone%20added',
        `/api/audit/export.csv?username=${f.borderUsername}`,
      )(),
  },
  // The public's download counts: files of published figures, never a defence layer.
  'GET /api/audit/downloads': {
    needs: 'audit:read',
    probes: urls('/api/audit/downloads', '/api/audit/downloads?since=2026-01-01&until=2100-01-01'),
  },
  // OGC API – Features (issue #13 §3): open to everyone; each defence collection's id guessed by
  // everyone, in every form, must answer like a collection that does not exist.
  'GET /ogc': { probes: urls('/ogc', '/ogc?f=html&lang=en') },
  'GET /ogc/conformance': { probes: urls('/ogc/conformance') },
  'GET /ogc/api': { probes: urls('/ogc/api') },
  // One probe of the list: it reads every collection's extent (about a second on PGlite).
  'GET /ogc/collections': { probes: urls('/ogc/collections?f=html') },
  'GET /ogc/collections/:collectionId': {
    probes: urls('/ogc/collections/villages', ...layers.restricted.map((id) => `/ogc/collections/${id}?f=html`)),
  },
  'GET /ogc/collections/:collectionId/items': {
    probes: urls(
      '/ogc/collections/villages/items?limit=5&bbox=106.6,21.8,106.9,22',
      '/ogc/collections/communes_2025/items?limit=1&datetime=2025',
      '/ogc/collections/border_line/items?f=html',
      ...layers.restricted.flatMap((id) => [`/ogc/collections/${id}/items`, `/ogc/collections/${id}/items?f=html`]),
    ),
  },
  'GET /ogc/collections/:collectionId/items/:featureId': {
    probes: (f) =>
      urls(
        '/ogc/collections/communes_2025/items/06184',
        '/ogc/collections/villages/items/1?f=html',
        '/ogc/collections/border_gates/items/1',
        '/ogc/collections/border_belt/items/belt',
        `/ogc/collections/restricted_zones/items/${f.zoneId}`,
        `/ogc/collections/restricted_zones/items/${f.zoneId}?f=html`,
      )(),
  },
}

// The allocation's probes: a scenario saved by a planner, and an id no scenario has.
const noScenario = '0b8e6c3e-4d6f-4b8a-9a37-2f1d5c3e9b10'
const allocation = { id: noScenario }
beforeAll(async () => {
  const planner = await testAccount(database.sql(), ['planner'])
  const saved = await api.post(
    '/api/allocation/scenarios',
    { name: `leak ${tag}`, total: 1_000_003 },
    { cookie: await sessionFor(database.sql(), planner.id) },
  )
  if (saved.status !== 201) throw new Error(`saving the scenario to probe failed: ${saved.status} ${saved.text}`)
  allocation.id = saved.json().id
})
afterAll(async () => {
  await database.sql()`delete from allocation_scenario where name = ${`leak ${tag}`}`
})

// The same request, crafted: the caller claims the border role every way a client could.
const forged = `portal_session=${randomBytes(32).toString('base64url')}`
type Variant = { name: string; query?: string; headers?: Record<string, string>; forged?: true; claim?: true }
const variants: Variant[] = [
  { name: 'as asked' },
  { name: '?kind=gates', query: 'kind=gates' },
  { name: '?role=border&roles=border', query: 'role=border&roles=border' },
  { name: '?vintage=2025&kind=restricted', query: 'vintage=2025&kind=restricted' },
  {
    name: 'x-roles header',
    headers: { 'x-roles': 'border', 'x-portal-roles': 'border', 'x-forwarded-user': 'border' },
  },
  { name: 'forged cookie', forged: true },
  { name: 'body claims border', claim: true },
]

const fixture = {} as Fixture
beforeAll(async () => {
  const sql = database.sql()
  const border = await testAccount(sql, ['border'])
  const added = await api.post(
    '/api/zones/restricted',
    { ...zone, geometry: square },
    { cookie: await sessionFor(sql, border.id) },
  )
  if (added.status !== 201) throw new Error(`seeding the marker zone failed: ${added.status} ${added.text}`)
  fixture.zoneId = added.json().id
  fixture.victim = await testAccount(sql, [])
  fixture.borderUsername = border.username
  fixture.beltWidthM = (await beltWidth(sql))!.widthM
  fixture.accounts = {}
  for (const [name, roles] of Object.entries(callers) as [CallerName, Role[]][])
    if (roles.length > 0) fixture.accounts[name] = (await testAccount(sql, roles)).id
})

// Failed sign-ins of the probes: in-process requests share the address "unknown".
const clearThrottle = () =>
  database.sql()`delete from auth.throttle where key in ('address:unknown', ${`account:${fixture.victim.username}`})`

afterAll(async () => {
  await database.sql()`delete from defence.restricted_zone where name like ${`%${tag}%`}`
  if (fixture.victim) await clearThrottle()
})

async function ask(caller: CallerName, variant: Variant, method: string, probe: Probe): Promise<Answer> {
  const accountId = fixture.accounts[caller]
  const cookie = variant.forged ? forged : accountId ? await sessionFor(database.sql(), accountId) : undefined
  const url = variant.query ? `${probe.url}${probe.url.includes('?') ? '&' : '?'}${variant.query}` : probe.url
  const body = probe.body && variant.claim ? { ...probe.body, role: 'border', roles: ['border'] } : probe.body
  return api.request(method, url, { cookie, body, headers: variant.headers })
}

/** The status the policy dictates for a caller lacking what a route needs, 'allowed', or undefined when it needs nothing. */
function verdict(
  signedIn: boolean,
  roles: readonly Role[],
  needs: RouteCase['needs'],
): 401 | 403 | 'allowed' | undefined {
  if (!needs) return undefined
  if (!signedIn) return 401
  if (needs === 'session') return 'allowed'
  const allowed: readonly Role[] = policy[needs]
  return roles.some((role) => allowed.includes(role)) ? 'allowed' : 403
}

// Input is checked before the caller's role (which reveals nothing): a 400 for a bad parameter is a clean refusal.
const isBadInput = (answer: Answer) => answer.status === 400 && /^(Bad |Malformed JSON)/.test(answer.json().error)

/** What is wrong with one answer to a caller without the border role. */
function problems(answer: Answer, expected: ReturnType<typeof verdict>, shows: string[]): string[] {
  const list = [...errorProblems(answer), ...found(answer.text).filter((name) => !shows.includes(name))]
  if (answer.status >= 500) list.push(`status ${answer.status}`)
  else if (expected === 'allowed' && (answer.status === 401 || answer.status === 403))
    list.push(`refused with ${answer.status} although the policy allows it`)
  else if (typeof expected === 'number' && answer.status !== expected && !isBadInput(answer))
    list.push(`status ${answer.status}, expected ${expected}`)
  return list
}

/** Failures grouped by what went wrong, each with the callers and variants it happened to. */
type Failure = { what: string; caller: string; variant: string }
function report(failures: Failure[]): string[] {
  const groups = new Map<string, Failure[]>()
  for (const failure of failures) groups.set(failure.what, [...(groups.get(failure.what) ?? []), failure])
  return [...groups].map(([what, list]) => {
    const names = (pick: (failure: Failure) => string) => [...new Set(list.map(pick))].join(', ')
    return `${what} [as ${names((failure) => failure.caller)}; ${names((failure) => failure.variant)}]`
  })
}

test('the table names every route the router registers, and no other', () => {
  const registered = registeredRoutes(database)
  expect(registered.length).toBeGreaterThan(20)
  expect(registered.filter((route) => !(route in routeCases))).toEqual([])
  expect(Object.keys(routeCases).filter((route) => !registered.includes(route))).toEqual([])
})

describe.each(Object.keys(routeCases))('%s', (route) => {
  test('answers no caller without the border role anything restricted, however asked', async () => {
    const method = route.split(' ')[0]!
    const entry = routeCases[route]!
    const failures: Failure[] = []
    for (const [caller, roles] of Object.entries(callers) as [CallerName, Role[]][]) {
      for (const variant of variants) {
        const signedIn = roles.length > 0 && !variant.forged
        for (const probe of entry.probes(fixture)) {
          const policyVerdict = verdict(signedIn, signedIn ? roles : [], probe.open ? undefined : entry.needs)
          const expected = policyVerdict === 'allowed' && variant.claim && entry.grantsRoles ? 403 : policyVerdict
          const shows = expected === 'allowed' ? (entry.shows ?? []) : []
          if (route === 'POST /api/auth/login') await clearThrottle()
          const answer = await ask(caller, variant, method, probe)
          for (const problem of problems(answer, expected, shows))
            failures.push({
              what: `${method} ${probe.url} → ${answer.status}: ${problem}`,
              caller,
              variant: variant.name,
            })
        }
      }
    }
    expect(report(failures)).toEqual([])
    // Every caller × variant × probe of a route: 28 requests or more, some of them heavy (a report, the
    // scoreboard) on the embedded database of a busy 2-core machine.
  }, 300_000)
})

describe('the border role sees the markers (positive control: they are detectable)', () => {
  const expected: Record<string, string[]> = {
    gates: ['Youyiguan', 'cửa khẩu quốc tế', '"kind":"gate"'],
    restricted: [zone.name, zone.note, '"kind":"restricted"'],
    border_belt: ['"kind":"border_belt"', '"widthM"', '"legalBasis"'],
    border_area: ['"kind":"border_area"', '"namedNotTouching"', '"legalBasis"'],
  }
  test.each(zoneKinds)('GET /api/zones?kind=%s', async (kind) => {
    const border = await testAccount(database.sql(), ['border'])
    const answer = await api.get(`/api/zones?kind=${kind}`, { cookie: await sessionFor(database.sql(), border.id) })
    expect(answer.status).toBe(200)
    expect(found(answer.text)).toEqual(expect.arrayContaining(expected[kind]!))
  })

  test('GET /api/zones/near-border, its CSV and /api/config', async () => {
    const border = await testAccount(database.sql(), ['border'])
    const cookie = await sessionFor(database.sql(), border.id)
    expect(found((await api.get('/api/zones/near-border?level=commune', { cookie })).text)).toContain('"distanceKm"')
    expect(found((await api.get('/api/zones/near-border/export.csv', { cookie })).text)).toContain('TÀI LIỆU HẠN CHẾ')
    expect(found((await api.get('/api/config', { cookie })).text)).toEqual(
      expect.arrayContaining([...layers.restricted]),
    )
  })

  test('GET /ogc/collections and the defence collections’ items', async () => {
    const border = await testAccount(database.sql(), ['border'])
    const cookie = await sessionFor(database.sql(), border.id)
    expect(found((await api.get('/ogc/collections', { cookie })).text)).toEqual(
      expect.arrayContaining([...layers.restricted]),
    )
    expect(found((await api.get('/ogc/collections/border_gates/items', { cookie })).text)).toEqual(
      expect.arrayContaining(['Youyiguan', '"kind":"gate"']),
    )
    expect(
      found((await api.get(`/ogc/collections/restricted_zones/items/${fixture.zoneId}`, { cookie })).text),
    ).toEqual(expect.arrayContaining([zone.name, '"kind":"restricted"']))
  })
})

describe.each(Object.keys(callers) as CallerName[])('as %s', (caller) => {
  test('a restricted zone that exists and one that does not get the same answer', async () => {
    for (const body of [{ note: 'probe' }, { deleted: true }, { name: '' }, {}]) {
      const existing = await ask(caller, variants[0]!, 'PATCH', {
        url: `/api/zones/restricted/${fixture.zoneId}`,
        body,
      })
      const missing = await ask(caller, variants[0]!, 'PATCH', { url: `/api/zones/restricted/${missingId}`, body })
      expect([existing.status, existing.text]).toEqual([missing.status, missing.text])
      expect([401, 403, 400]).toContain(existing.status)
    }
  })

  test('search finds no gate and no zone, only places', async () => {
    const places = ['commune', 'district', 'former_commune', 'village']
    for (const query of [
      zone.name,
      'LEAK-MARKER',
      'huu nghi',
      'hữu nghị',
      'chi ma',
      'binh nghi',
      'tan thanh',
      'coc nam',
      'youyiguan',
      'cua khau',
    ]) {
      const answer = await ask(caller, variants[0]!, 'GET', {
        url: `/api/search?q=${encodeURIComponent(query)}&limit=50`,
      })
      expect(answer.status).toBe(200)
      const results: { kind: string }[] = answer.json().results
      expect(results.filter((result) => !places.includes(result.kind))).toEqual([])
      expect(found(JSON.stringify(results))).toEqual([])
    }
  })
})

// The public downloads of the figures (issue 10 §6) hold published values only: never a draft's
// value, and no sample value while an admin hides them from the public.
describe('the public downloads hold only what the public may see', () => {
  const downloads = [
    '/api/export.csv?kind=indicator&indicator=poverty_rate&year=2025',
    '/api/export.geojson?kind=indicator&indicator=poverty_rate&year=2025',
  ]
  const publicCallers: CallerName[] = ['anonymous', 'planner', 'admin']
  /** Xã Thất Khê's value in a download (CSV: its row's third cell). */
  const valueOf06040 = (url: string, text: string) =>
    url.includes('.csv')
      ? Number(
          text
            .split('\r\n')
            .find((line) => line.startsWith('06040,'))
            ?.split(',')[2],
        )
      : JSON.parse(text).features.find((feature: { id: string }) => feature.id === '06040').properties.value

  test("a draft import's values and document are in no download, for anyone", async () => {
    const sql = database.sql()
    const planner = await testAccount(sql, ['planner'])
    const cookie = await sessionFor(sql, planner.id)
    const marker = `DRAFT-MARKER-${tag}`
    const file = `unit_code,indicator,year,value,document\r\n06040,poverty_rate,2025,43.21,${marker}\r\n`
    const form = new FormData()
    form.set('file', new File([file], 'draft.csv'))
    try {
      const draft = await api.request('POST', '/api/imports', { cookie, form })
      expect(draft.json()).toMatchObject({ status: 'draft', summary: { rows: 1 } })
      // The draft holds both (the search below can find them), and nothing was published.
      expect((await api.get(`/api/imports/${draft.json().id}`, { cookie })).text).toContain(marker)
      for (const caller of publicCallers)
        for (const url of downloads) {
          const answer = await ask(caller, variants[0]!, 'GET', { url })
          expect(answer.status, `${caller} ${url}`).toBe(200)
          expect(answer.text).not.toContain(marker)
          expect(valueOf06040(url, answer.text)).not.toBe(43.21)
        }
    } finally {
      await sql`delete from import_row where batch_id in (select id from import_batch where uploaded_by = ${planner.username})`
      await sql`delete from import_batch where uploaded_by = ${planner.username}`
    }
  })

  test('with sample values hidden from the public, its downloads hold none; a planner still gets them', async () => {
    const sql = database.sql()
    const urls = [...downloads, '/api/export.geojson?kind=indicator&indicator=cultural_house&year=2024']
    await setHideSample(sql, true, 'test')
    try {
      for (const url of urls) {
        const answer = await ask('anonymous', variants[0]!, 'GET', { url })
        expect(answer.status, url).toBe(200)
        expect(answer.text, url).not.toMatch(/sample|dữ liệu mẫu/i)
        const planner = await ask('planner', variants[0]!, 'GET', { url })
        expect(planner.text, url).toMatch(/sample/)
      }
    } finally {
      await setHideSample(sql, false, 'test')
    }
  })
})

// The database enforces the same, whatever a route forgets: row-level security and portal_has_role
// bind on PGlite too, which connects as a superuser, because the request switches to portal_app.
const asRoles = <T>(roles: string, work: (tx: Sql) => Promise<T>) =>
  rolledBack(database.sql(), async (tx) => {
    await actAs(tx, roles.split(',').filter(Boolean))
    return work(tx)
  })
const features = async (layer: Promise<string>) => JSON.parse(await layer).features as { properties: object }[]

describe('in the database, as portal_app', () => {
  test('without the border role the defence tables have no rows', async () => {
    for (const roles of ['', 'planner', 'admin', 'planner,admin']) {
      expect(await asRoles(roles, (tx) => tx`select count(*)::int as n from defence.border_gate`)).toEqual([{ n: 0 }])
      expect(await asRoles(roles, (tx) => tx`select count(*)::int as n from defence.restricted_zone`)).toEqual([
        { n: 0 },
      ])
    }
    expect(await asRoles('border', (tx) => tx`select count(*)::int as n from defence.border_gate`)).toEqual([{ n: 6 }])
  })

  const layerFunctions = { gatesGeoJson, borderBeltGeoJson, borderAreaGeoJson, restrictedZonesGeoJson }
  test.each(Object.keys(layerFunctions) as (keyof typeof layerFunctions)[])(
    '%s yields nothing to a planner',
    async (name) => {
      const text = await asRoles('planner,admin', (tx) => layerFunctions[name](tx))
      expect(JSON.parse(text).features).toEqual([])
      expect(found(text)).toEqual([])
      expect(JSON.parse(text).notes ?? null).toBeNull()
    },
  )

  test('with the border role the same functions yield the data', async () => {
    const gates = await asRoles('border', (tx) => features(gatesGeoJson(tx)))
    expect(gates).toHaveLength(6)
    const zones = await asRoles('border', (tx) => features(restrictedZonesGeoJson(tx)))
    expect(zones.map((feature) => feature.properties)).toContainEqual(expect.objectContaining(zone))
    expect(await asRoles('border', (tx) => features(borderBeltGeoJson(tx)))).not.toHaveLength(0)
    expect(await asRoles('border', (tx) => features(borderAreaGeoJson(tx)))).not.toHaveLength(0)
  })

  test('nearBorder finds no place without the border role, and some with it', async () => {
    expect(await asRoles('planner,admin', (tx) => nearBorder(tx, 'commune', 50))).toEqual([])
    expect(await asRoles('planner', (tx) => nearBorder(tx, 'village', 5))).toEqual([])
    expect((await asRoles('border', (tx) => nearBorder(tx, 'commune', 5))).length).toBeGreaterThan(0)
  })

  test('the audit log is append-only, even for an admin', async () => {
    const refused = /permission denied|append-only/
    await expect(asRoles('admin', (tx) => tx`update audit.event set action = 'rewritten'`)).rejects.toThrow(refused)
    await expect(asRoles('admin', (tx) => tx`delete from audit.event`)).rejects.toThrow(refused)
  })

  test('a planner cannot add a restricted zone; the border role can', async () => {
    const insert = (tx: Sql) =>
      tx`insert into defence.restricted_zone (name, geom, created_by)
        values (${zone.name}, st_multi(st_geomfromgeojson(${JSON.stringify(square)})), 'probe')`
    await expect(asRoles('planner', insert)).rejects.toThrow(/row-level security/)
    await expect(asRoles('border', insert)).resolves.toBeDefined()
  })
})

// Border communes in the allocation (issue 11 §2; docs/architecture.md, "Capital allocation"): the
// yes/no per 2025 commune follows from the public border line and commune boundaries, so it is
// public to the allocation's users; the border role's border-area layer lists the same communes
// (one rule, border_lengths()), and nothing else of that layer reaches a planner.
describe("the allocation's border criterion", () => {
  test('a planner without border gets the 2025 communes the border-area layer lists, and nothing else of it', async () => {
    const sql = database.sql()
    const planner = await sessionFor(sql, (await testAccount(sql, ['planner'])).id)
    const border = await sessionFor(sql, (await testAccount(sql, ['border'])).id)
    const preview = await api.post('/api/allocation/preview', { total: 1000 }, { cookie: planner })
    expect(preview.status).toBe(200)
    expect(found(preview.text)).toEqual([])
    const flagged = preview.json().items.filter((item: { border: boolean }) => item.border)
    const layer = (await api.get('/api/zones?kind=border_area', { cookie: border })).json()
    const listed = layer.features
      .filter((feature: { properties: { vintage: string } }) => feature.properties.vintage === '2025')
      .map((feature: { properties: { code: string } }) => feature.properties.code)
    expect(flagged.map((item: { code: string }) => item.code).sort()).toEqual(listed.sort())
    expect(flagged.length).toBeGreaterThan(5)
  })
})
