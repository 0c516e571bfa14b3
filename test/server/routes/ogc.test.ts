import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, expect, test } from 'vitest'
import { answerStore } from '../../../server/public-cache/store'
import { localVersion, type PublicVersion } from '../../../server/public-cache/version'
import { sharedDatabase } from '../../database'
import { appFor } from './app'

// OGC API – Features at /ogc (issue #13 §3): the documents GIS software reads, pages of features
// with bbox, limit, offset and next links, the year of the values picked by datetime, web pages in
// both languages, and the same public cache as /api.

const database = sharedDatabase()
const store = answerStore()
let version: PublicVersion
const api = appFor(database, () => ({ answers: store, publicVersion: version }))
beforeAll(() => {
  version = localVersion(database.sql())
})
const root = 'http://localhost/ogc'
type Link = { rel: string; href: string; type: string }
type Feature = { id: string | number; geometry: { type: string } | null; properties: Record<string, unknown> }
const linkOf = (links: Link[], rel: string, type?: string) =>
  links.find((link) => link.rel === rel && (type === undefined || link.type === type))

test('the landing page links the API definition, the conformance classes and the collections', async () => {
  const landing = await api.get('/ogc')
  expect(landing.type).toContain('application/json')
  const links: Link[] = landing.json().links
  expect(linkOf(links, 'service-desc')).toEqual(expect.objectContaining({ href: `${root}/api` }))
  expect(linkOf(links, 'conformance')?.href).toBe(`${root}/conformance`)
  expect(linkOf(links, 'data')?.href).toBe(`${root}/collections`)
  expect(linkOf(links, 'alternate', 'text/html')?.href).toBe(`${root}?f=html`)
  expect((await api.get('/ogc/conformance')).json().conformsTo).toEqual(
    expect.arrayContaining([
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
    ]),
  )
  const openApi = await api.get('/ogc/api')
  expect(openApi.type).toContain('application/vnd.oai.openapi+json;version=3.0')
  expect(openApi.json()).toMatchObject({ openapi: '3.0.3', servers: [{ url: root }] })
  expect(Object.keys(openApi.json().paths)).toContain('/collections/{collectionId}/items')
})

test('the collections are every public layer, with extents from the data and the years of values', async () => {
  const { collections } = (await api.get('/ogc/collections')).json()
  expect(collections.map((collection: { id: string }) => collection.id)).toEqual([
    'communes_2025',
    'communes_2024',
    'communes_2021',
    'communes_2019',
    'districts',
    'province',
    'villages',
    'border_line',
  ])
  const communes = collections[0]
  expect(communes.extent.spatial.bbox[0][0]).toBeGreaterThan(106)
  expect(communes.extent.temporal.interval[0][1]).toMatch(/^20\d\d-12-31T23:59:59Z$/)
  expect(linkOf(communes.links, 'items', 'application/geo+json')?.href).toBe(`${root}/collections/communes_2025/items`)
  // No polygons exist for the 2021 list: no spatial extent.
  expect(collections[2].extent.spatial).toBeUndefined()
})

test('a whole collection is read page by page through the next links, each feature once', async () => {
  const seen: string[] = []
  let url: string | undefined = '/ogc/collections/communes_2025/items?limit=20'
  let pages = 0
  while (url) {
    const page = (await api.get(url)).json()
    expect(page).toMatchObject({ type: 'FeatureCollection', numberMatched: 65 })
    expect(page.numberReturned).toBe(page.features.length)
    seen.push(...page.features.map((feature: Feature) => feature.id))
    if (pages > 0) expect(linkOf(page.links, 'prev')).toBeDefined()
    url = linkOf(page.links, 'next', 'application/geo+json')?.href.replace('http://localhost', '')
    pages += 1
  }
  expect(pages).toBe(4)
  expect(new Set(seen).size).toBe(65)
  const villages = (await api.get('/ogc/collections/villages/items?limit=5000')).json()
  expect([villages.numberMatched, villages.numberReturned]).toEqual([1351, 1000])
  expect(linkOf(villages.links, 'next')?.href).toBe(`${root}/collections/villages/items?limit=1000&offset=1000`)
})

test('bbox finds what PostGIS finds in it, and no unit without a polygon', async () => {
  const bbox = [106.7, 21.8, 106.8, 21.9]
  const [expected] = await database.sql()`
    select count(*)::int as n from village where st_intersects(geom, st_makeenvelope(${bbox[0]!}, ${bbox[1]!}, ${bbox[2]!}, ${bbox[3]!}, 4326))`
  const found = (await api.get(`/ogc/collections/villages/items?bbox=${bbox.join(',')}`)).json()
  expect(found.numberMatched).toBe(expected!.n)
  expect(found.numberMatched).toBeGreaterThan(0)
  expect(found.numberMatched).toBeLessThan(1351)
  expect((await api.get('/ogc/collections/communes_2021/items?bbox=106,21,108,23')).json().numberMatched).toBe(0)
  for (const bad of ['1,2,3', '107,22,106,21', 'a,b,c,d', '200,0,201,1'])
    expect((await api.get(`/ogc/collections/villages/items?bbox=${bad}`)).json().error).toMatch(/^Bad parameter: bbox/)
})

test('datetime picks the year of the values, the same the map shows, with their provenance', async () => {
  const map = (await api.get('/api/indicators/poverty_rate/values?year=2025&vintage=2025')).json()
  for (const datetime of ['2025', '2025-07-01', '2025-01-01T00:00:00Z/2025-12-31T23:59:59Z']) {
    const page = (await api.get(`/ogc/collections/communes_2025/items?datetime=${datetime}&limit=100`)).json()
    expect(page.numberReturned).toBe(65)
    for (const feature of page.features as Feature[]) {
      const shown = map.communes.find((commune: { code: string }) => commune.code === feature.id)
      expect(feature.properties).toMatchObject({
        year: 2025,
        poverty_rate: shown.valueNumber,
        poverty_rate_provenance: shown.provenance,
        poverty_rate_method: shown.method,
      })
    }
  }
  const next = linkOf(
    (await api.get('/ogc/collections/communes_2025/items?datetime=2024&limit=10')).json().links,
    'next',
  )
  expect(next?.href).toContain('datetime=2024')
  for (const bad of ['2031', '2024-01-01/2025-12-31', '../2025', '2025-13-45', 'last year'])
    expect((await api.get(`/ogc/collections/communes_2025/items?datetime=${bad}`)).status).toBe(400)
})

test('the 2021 list: units with a null geometry, their own values, one feature by its code', async () => {
  const page = (await api.get('/ogc/collections/communes_2021/items?limit=1000')).json()
  expect(page.numberMatched).toBe(200)
  expect(page.features.every((feature: Feature) => feature.geometry === null)).toBe(true)
  expect(page.features[0].properties).toMatchObject({ vintage: '2021', year: 2024, poverty_rate_method: 'stored' })
  const one = await api.get('/ogc/collections/communes_2025/items/06184')
  expect(one.type).toContain('application/geo+json')
  expect(one.json()).toMatchObject({ type: 'Feature', id: '06184', geometry: { type: 'MultiPolygon' } })
  expect(linkOf(one.json().links, 'collection')?.href).toBe(`${root}/collections/communes_2025`)
  const missing = await api.get('/ogc/collections/communes_2025/items/99999')
  expect([missing.status, missing.json().message.vi]).toEqual([404, 'Lớp dữ liệu này không có đối tượng đó.'])
})

test('a feature id that cannot exist is a 404, not a database error (the fuzz test found NUL and 2^31)', async () => {
  for (const url of [
    '/ogc/collections/communes_2025/items/%00',
    '/ogc/collections/communes_2025/items/a%00b',
    '/ogc/collections/villages/items/2147483648',
    '/ogc/collections/villages/items/-1',
    '/ogc/collections/villages/items/1e3',
  ])
    expect((await api.get(url)).status, url).toBe(404)
  expect((await api.get('/ogc/collections/villages/items/1')).json().id).toBe(1)
})

test('web pages for people in Vietnamese and English, every text escaped', async () => {
  const vietnamese = await api.get('/ogc/collections/villages/items?f=html&limit=3')
  expect(vietnamese.type).toContain('text/html')
  expect(vietnamese.text).toContain('<html lang="vi">')
  expect(vietnamese.text).toContain('Đối tượng 1–3 trong 1351')
  const english = await api.get('/ogc/collections/villages/items?f=html&limit=3&lang=en')
  expect(english.text).toContain('Features 1–3 of 1351')
  expect(english.text).toContain('Who&#39;s On First')
  expect((await api.get('/ogc/collections?f=html&lang=en')).text).toContain('Communes from 1 July 2025')
})

test('an unknown parameter is named in both languages', async () => {
  const answer = await api.get('/ogc/collections/villages/items?kind=gates')
  expect(answer.status).toBe(400)
  expect(answer.json().message.en).toMatch(/^Bad parameter: kind: is not a parameter of this address/)
  expect(answer.json().message.vi).toMatch(/^Tham số sai: kind: không phải tham số/)
})

test('public pages are kept per root and served again; an answer to a token is private', async () => {
  const url = '/ogc/collections/province/items'
  const first = await api.get(url)
  expect(first.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
  const builds = store.builds()
  expect((await api.get(url)).headers.get('etag')).toBe(first.headers.get('etag'))
  expect(store.builds()).toBe(builds)
  // Another root gets its own answer, with its own links.
  const elsewhere = await api.get(`http://portal.example${url}`)
  expect(linkOf(elsewhere.json().links, 'self')?.href).toBe(
    'http://portal.example/ogc/collections/province/items?limit=100',
  )
  const refused = await api.get(url, { headers: { authorization: `Bearer lsp_${'C'.repeat(43)}` } })
  expect([refused.status, refused.headers.get('cache-control')]).toEqual([401, 'private, no-cache'])
})

test('the web app’s catch-all never answers an OGC address', async () => {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogc-static-'))
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>web app</title>')
  try {
    const withWeb = appFor(database, () => ({ staticDir }))
    expect((await withWeb.get('/ogc')).json().links).toBeDefined()
    const unknown = await withWeb.get('/ogc/collections/villages/nothing')
    expect([unknown.status, unknown.type]).toEqual([404, 'application/json'])
    expect((await withWeb.get('/ogc/whatever?f=html')).status).toBe(404)
    expect((await withWeb.get('/some/page')).text).toContain('web app')
  } finally {
    fs.rmSync(staticDir, { recursive: true, force: true })
  }
})
