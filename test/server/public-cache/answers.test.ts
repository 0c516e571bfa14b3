import { afterAll, beforeAll, expect, test } from 'vitest'
import { answerStore } from '../../../server/public-cache/store'
import { localVersion, type PublicVersion } from '../../../server/public-cache/version'
import { publicVersion } from '../../../server/sql/caller-role'
import { setHideSample } from '../../../server/sql/settings'
import { sharedDatabase } from '../../database'
import { fixture } from '../../fixtures/imports/files'
import { appFor } from '../routes/app'
import { correctForestCover, importApi, removeImportsBy, signedIn } from '../routes/import-helpers'

// Public answers built once per data version (issue #13): cacheable by anyone, built once, 304
// without the database, rebuilt after every change the public can see and only then, and never
// given to (or taken from) a caller with credentials.

const database = sharedDatabase()
const store = answerStore()
let version: PublicVersion
let ready = true
const api = appFor(database, () => ({
  answers: store,
  publicVersion: version,
  availability: { ready: () => ready, failed: () => {} },
}))
let admin: Awaited<ReturnType<typeof signedIn>>
let planner: Awaited<ReturnType<typeof signedIn>>
let border: Awaited<ReturnType<typeof signedIn>>

beforeAll(async () => {
  version = localVersion(database.sql())
  admin = await signedIn(database.sql(), ['admin'])
  planner = await signedIn(database.sql(), ['planner'])
  border = await signedIn(database.sql(), ['border'])
})
afterAll(async () => {
  await setHideSample(database.sql(), false, 'test')
  await removeImportsBy(database.sql(), [planner.username])
})

const poverty = '/api/indicators/poverty_rate/values?year=2025&vintage=2025'
const samples = (answer: { json: () => { communes: { provenance: string | null }[] } }) =>
  answer.json().communes.filter((commune) => commune.provenance === 'sample').length
const hideSample = (hide: boolean) =>
  api.request('PUT', '/api/settings', { cookie: admin.cookie, body: { hideSampleFromPublic: hide } })

test('a public answer is built once, cacheable by anyone, compressed, and revalidated with 304 without the database', async () => {
  const first = await api.get(poverty, { headers: { 'accept-encoding': 'br' } })
  expect(first.status).toBe(200)
  expect(first.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
  expect(first.headers.get('content-encoding')).toBe('br')
  // A browser that signs in must not answer the same URL from its copy of the public answer.
  expect(first.headers.get('vary')).toBe('Accept-Encoding, Cookie, Authorization')
  const etag = first.headers.get('etag')!
  expect(etag).toMatch(/^"v\d+-[\w-]{16}"$/)
  const builds = store.builds()
  const again = await api.get(`/api/indicators/poverty_rate/values?vintage=2025&year=2025`)
  expect(again.headers.get('etag')).toBe(etag)
  expect(store.builds()).toBe(builds)
  // With the database away, what was built is still answered, and a 304 needs nothing else.
  ready = false
  try {
    expect((await api.get(poverty, { headers: { 'if-none-match': etag } })).status).toBe(304)
    expect((await api.get(poverty)).status).toBe(200)
    expect((await api.get('/api/indicators/forest_cover/values?year=2024')).status).toBe(503)
  } finally {
    ready = true
  }
})

test('concurrent requests for one answer wait for one build', async () => {
  const url = '/api/indicators/forest_cover/values?year=2023&vintage=2025'
  const builds = store.builds()
  const answers = await Promise.all(Array.from({ length: 6 }, () => api.get(url)))
  expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200])
  expect(new Set(answers.map((answer) => answer.headers.get('etag'))).size).toBe(1)
  expect(store.builds()).toBe(builds + 1)
})

test('a caller with credentials gets a private answer of its own, never the kept one, and never feeds it', async () => {
  expect((await hideSample(true)).status).toBe(200)
  try {
    const publicAnswer = await api.get(poverty)
    expect(samples(publicAnswer)).toBe(0)
    const mine = await api.get(poverty, planner)
    expect(mine.headers.get('cache-control')).toBe('private, no-cache')
    expect(samples(mine)).toBeGreaterThan(0)
    // The planner's answer was not kept: the public still gets its own.
    expect(samples(await api.get(poverty))).toBe(0)
    // Any cookie or Authorization header means private, even one that signs nobody in.
    const credentials: Record<string, string>[] = [
      { cookie: 'portal_session=nothing' },
      { authorization: 'Bearer nothing' },
    ]
    for (const headers of credentials) {
      const answer = await api.get(poverty, { headers })
      expect(answer.headers.get('cache-control')).toBe('private, no-cache')
      expect(answer.headers.get('etag')).not.toBe(publicAnswer.headers.get('etag'))
    }
  } finally {
    await hideSample(false)
  }
})

test('the setting moves the public version and the next public answer shows it', async () => {
  const before = await api.get(poverty)
  expect(samples(before)).toBeGreaterThan(0)
  const moved = await publicVersion(database.sql())
  expect((await hideSample(true)).status).toBe(200)
  expect(await publicVersion(database.sql())).toBeGreaterThan(moved)
  try {
    const after = await api.get(poverty)
    expect(samples(after)).toBe(0)
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
  } finally {
    await hideSample(false)
  }
  expect(samples(await api.get(poverty))).toBeGreaterThan(0)
})

test('a correction moves the version; zone edits and other restricted activity do not', async () => {
  const url = '/api/indicators/forest_cover/values?year=2025&vintage=2025'
  const value = (answer: { json: () => { communes: { code: string; valueNumber: number | null }[] } }) =>
    answer.json().communes.find((commune) => commune.code === '06184')?.valueNumber
  const original = value(await api.get(url))
  const atStart = await publicVersion(database.sql())
  const square = {
    type: 'Polygon',
    coordinates: [
      [
        [106.7, 21.9],
        [106.71, 21.9],
        [106.71, 21.91],
        [106.7, 21.91],
        [106.7, 21.9],
      ],
    ],
  }
  const zone = await api.request('POST', '/api/zones/restricted', {
    cookie: border.cookie,
    body: { name: 'Thử', geometry: square },
  })
  expect(zone.status).toBe(201)
  await api.get('/api/zones?kind=restricted', border)
  await api.request('PATCH', `/api/zones/restricted/${zone.json().id}`, {
    cookie: border.cookie,
    body: { deleted: true },
  })
  expect(await publicVersion(database.sql())).toBe(atStart)

  const corrected = (to: number) => correctForestCover(api, planner.cookie, to, 'cache test')
  expect((await corrected(12.34)).status).toBe(201)
  try {
    expect(value(await api.get(url))).toBe(12.34)
  } finally {
    expect((await corrected(original!)).status).toBe(201)
  }
  expect(value(await api.get(url))).toBe(original)
})

test('a publish and its rollback each move the version; the next public answer shows each', async () => {
  const importing = importApi(database)
  const value = async () =>
    (await api.get(poverty)).json().communes.find((commune: { code: string }) => commune.code === '06001')
      ?.valueNumber as number
  const old = await value()
  const upload = await importing.upload(planner.cookie, 'cache.csv', fixture('good-long.csv'), 'Báo cáo kiểm thử')
  const { id } = upload.json()
  // A draft is not public: the version stays.
  const atDraft = await publicVersion(database.sql())
  expect(await value()).toBe(old)
  expect((await api.request('POST', `/api/imports/${id}/publish`, { cookie: planner.cookie })).status).toBe(200)
  expect(await publicVersion(database.sql())).toBeGreaterThan(atDraft)
  expect(await value()).toBe(8.25)
  expect((await api.request('POST', `/api/imports/${id}/rollback`, { cookie: planner.cookie })).status).toBe(200)
  expect(await value()).toBe(old)
})
