import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { square } from '../../../scripts/fuzz/geometry-cases'
import { layers } from '../../../server/access'
import { sharedDatabase } from '../../database'
import { appFor, sessionFor, testAccount } from './app'

// The defence collections of /ogc (issue #13 §3): for a caller without the border role they are
// absent from /ogc/collections and every address under them answers exactly like a collection
// that does not exist (same status, same body), whatever is asked; the border role reads them,
// audited like the zones route.

const database = sharedDatabase()
const api = appFor(database)
const zone = `OGC-ZONE-${process.pid}`
let zoneId = ''
let borderCookie = ''

beforeAll(async () => {
  const border = await testAccount(database.sql(), ['border'])
  borderCookie = await sessionFor(database.sql(), border.id)
  const added = await api.post('/api/zones/restricted', { name: zone, geometry: square }, { cookie: borderCookie })
  zoneId = added.json().id
})
afterAll(async () => {
  await database.sql()`delete from defence.restricted_zone where name = ${zone}`
})

// Each defence collection's addresses, next to the same address of a collection that never was.
const suffixes = [
  '',
  '?f=html',
  '/items',
  '/items?limit=1&bbox=106,21,108,23',
  '/items?f=html&lang=en',
  '/items/1',
  '/items/belt?x=1',
]

describe.each(['anonymous', 'planner', 'admin', 'planner+admin'])('as %s', (caller) => {
  const cookie = async () => {
    if (caller === 'anonymous') return undefined
    const account = await testAccount(database.sql(), caller.split('+'))
    return sessionFor(database.sql(), account.id)
  }

  test('no defence collection is listed', async () => {
    const { collections } = (await api.get('/ogc/collections', { cookie: await cookie() })).json()
    const ids = collections.map((collection: { id: string }) => collection.id)
    expect(ids).toHaveLength(8)
    for (const id of layers.restricted) expect(ids).not.toContain(id)
  })

  test('every address of a defence collection is answered as for one that does not exist', async () => {
    const session = await cookie()
    for (const id of layers.restricted)
      for (const suffix of [...suffixes, `/items/${zoneId}`]) {
        const hidden = await api.get(`/ogc/collections/${id}${suffix}`, { cookie: session })
        const missing = await api.get(`/ogc/collections/no_such_layer${suffix}`, { cookie: session })
        expect([hidden.status, hidden.text], `${id}${suffix}`).toEqual([missing.status, missing.text])
        expect(hidden.status).toBe(404)
        expect(hidden.text).not.toContain(id)
      }
  })
})

test('the border role lists and reads the defence collections, each read audited as restricted', async () => {
  const { collections } = (await api.get('/ogc/collections', { cookie: borderCookie })).json()
  expect(collections.map((collection: { id: string }) => collection.id).slice(8)).toEqual([...layers.restricted])
  const gates = await api.get('/ogc/collections/border_gates/items', { cookie: borderCookie })
  expect(gates.json().numberMatched).toBe(6)
  expect(gates.headers.get('cache-control')).toBe('no-store')
  const zones = (await api.get('/ogc/collections/restricted_zones/items', { cookie: borderCookie })).json()
  expect(zones.features.map((feature: { properties: { name: string } }) => feature.properties.name)).toContain(zone)
  const one = (await api.get(`/ogc/collections/restricted_zones/items/${zoneId}`, { cookie: borderCookie })).json()
  expect(one).toMatchObject({ id: zoneId, geometry: { type: 'MultiPolygon' } })
  const belt = (await api.get('/ogc/collections/border_belt/items/belt', { cookie: borderCookie })).json()
  expect(belt.properties.kind).toBe('border_belt')
  const reads = await database.sql()`
    select target from audit.event where action = 'restricted layer read' and restricted and target like 'ogc %'
    order by id desc limit 3`
  expect(reads.map((read) => read.target)).toEqual(['ogc border_belt', 'ogc restricted_zones', 'ogc restricted_zones'])
})
