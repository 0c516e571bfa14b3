import { afterAll, beforeAll, expect, test } from 'vitest'
import { type DownloadTally, downloadTally } from '../../../server/public-cache/downloads'
import { answerStore } from '../../../server/public-cache/store'
import { localVersion, type PublicVersion } from '../../../server/public-cache/version'
import { publicVersion } from '../../../server/sql/caller-role'
import { setHideSample } from '../../../server/sql/settings'
import { sharedDatabase } from '../../database'
import { appFor } from '../routes/app'
import { parseCsv } from '../routes/csv-reading'
import { signedIn } from '../routes/import-helpers'

// The public's downloads of the published figures (issue #13 §1): they carry the public data
// version in their note lines instead of the request time, are built once per version and
// cacheable like the other public answers, and are counted per day and file rather than audited
// one by one; an account's downloads stay private and audited.

const database = sharedDatabase()
const store = answerStore()
let version: PublicVersion
let tally: DownloadTally
const api = appFor(database, () => ({ answers: store, publicVersion: version, downloads: tally }))
let admin: Awaited<ReturnType<typeof signedIn>>
let planner: Awaited<ReturnType<typeof signedIn>>

beforeAll(async () => {
  version = localVersion(database.sql())
  tally = downloadTally(database.sql())
  admin = await signedIn(database.sql(), ['admin'])
  planner = await signedIn(database.sql(), ['planner'])
})
afterAll(async () => {
  await setHideSample(database.sql(), false, 'test')
})

const figures = '/api/export.csv?kind=indicator&indicator=forest_cover&year=2024'
const file = 'lang-son-forest_cover-2024.csv'
const versionLine = (lines: string[]) => lines.find((line) => line.includes('/ dataVersion:'))
const exportsAudited = async () =>
  Number((await database.sql()`select count(*) from audit.event where action = 'export'`)[0]!.count)
const counted = async (day: string) => {
  const answer = await api.get(`/api/audit/downloads?since=${day}&until=${day}`, admin)
  expect(answer.status).toBe(200)
  return (answer.json() as { file: string; count: number }[]).find((row) => row.file === file)?.count ?? 0
}

test('a public download names the data version, not the time, and is built once and cacheable', async () => {
  const first = await api.get(figures)
  expect(first.status).toBe(200)
  expect(first.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
  expect(first.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`)
  const csv = parseCsv(first)
  expect(csv.rows).toHaveLength(65)
  expect(versionLine(csv.metadata)).toBe(
    `Phiên bản dữ liệu công khai / dataVersion: ${await publicVersion(database.sql())}`,
  )
  expect(csv.metadata.some((line) => line.includes('exportedAt'))).toBe(false)

  const builds = store.builds()
  const again = await api.get(figures)
  expect(again.bytes).toEqual(first.bytes)
  expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
  expect(store.builds()).toBe(builds)
  expect((await api.get(figures, { headers: { 'if-none-match': first.headers.get('etag')! } })).status).toBe(304)
  // The GeoJSON of the same figures is kept too, with the version in its metadata.
  const geojson = await api.get('/api/export.geojson?kind=indicator&indicator=forest_cover&year=2024')
  expect(geojson.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
  expect(geojson.json().metadata.dataVersion).toBe(await publicVersion(database.sql()))
})

test('a change the public can see moves the version line of the next download', async () => {
  const before = versionLine(parseCsv(await api.get(figures)).metadata)
  await setHideSample(database.sql(), true, 'test')
  try {
    await version.refresh()
    const after = await api.get(figures)
    expect(versionLine(parseCsv(after).metadata)).not.toBe(before)
    expect(versionLine(parseCsv(after).metadata)).toBe(
      `Phiên bản dữ liệu công khai / dataVersion: ${await publicVersion(database.sql())}`,
    )
  } finally {
    await setHideSample(database.sql(), false, 'test')
    await version.refresh()
  }
})

test('the public downloads are counted per day and file, not audited; revalidations are not downloads', async () => {
  const today = new Date().toISOString().slice(0, 10)
  await tally.flush()
  const countedBefore = await counted(today)
  const auditedBefore = await exportsAudited()
  const first = await api.get(figures)
  await api.get(figures)
  await api.get(figures)
  await api.get(figures, { headers: { 'if-none-match': first.headers.get('etag')! } })
  // A ranking is refused to the public, and a refusal is no download.
  expect((await api.get('/api/export.csv?kind=ranking&weights=poverty_rate:1')).status).toBe(401)
  expect(tally.waiting()).toEqual([{ day: today, file, count: 3 }])
  await tally.flush()
  expect(tally.waiting()).toEqual([])
  expect(await counted(today)).toBe(countedBefore + 3)
  expect(await exportsAudited()).toBe(auditedBefore)
})

test("an account's download is private, audited one by one, and not counted as the public's", async () => {
  const auditedBefore = await exportsAudited()
  const mine = await api.get(figures, planner)
  expect(mine.status).toBe(200)
  expect(mine.headers.get('cache-control')).toBe('no-store')
  expect(versionLine(parseCsv(mine).metadata)).toMatch(/dataVersion: \d+$/)
  expect(await exportsAudited()).toBe(auditedBefore + 1)
  expect(tally.waiting()).toEqual([])
  // The counts are the admins'.
  expect((await api.get('/api/audit/downloads', planner)).status).toBe(403)
  expect((await api.get('/api/audit/downloads')).status).toBe(401)
  expect((await api.get('/api/audit/downloads?since=yesterday', admin)).status).toBe(400)
})
