import { execFile } from 'node:child_process'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { type ServerType, serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { layers } from '../../../server/access'
import { createApp } from '../../../server/app'
import { sharedDatabase } from '../../database'
import { appFor, sessionFor, testAccount } from './app'

// GIS software reads /ogc (issue #13 §3): GDAL's OAPIF driver (Debian's gdal-bin, as QGIS uses it)
// lists the collections and reads every feature of each, page by page, from the portal served on a
// port; with a border officer's access token the defence collections too; with a planner's token
// or none they do not exist. CI installs gdal-bin (.ci/run).

const run = promisify(execFile)
const database = sharedDatabase()
const api = appFor(database)
let server: ServerType
let root = ''
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ogc-gdal-'))
const tokens = { border: '', planner: '' }

const publicCounts: Record<string, number> = {
  communes_2025: 65,
  communes_2024: 194,
  communes_2021: 200,
  communes_2019: 226,
  districts: 11,
  province: 1,
  villages: 1351,
  border_line: 1,
}

beforeAll(async () => {
  await run('ogrinfo', ['--version']).catch(() => {
    throw new Error('GDAL is not installed: apt-get install gdal-bin (CI does, .ci/run)')
  })
  server = serve({
    fetch: createApp({ sql: database.sql(), database: database.kind }).fetch,
    port: 0,
    hostname: '127.0.0.1',
  })
  await new Promise((resolve) => server.once('listening', resolve))
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ogc`
  for (const role of ['border', 'planner'] as const) {
    const account = await testAccount(database.sql(), [role])
    const made = await api.post(
      '/api/auth/tokens',
      { name: 'GDAL' },
      { cookie: await sessionFor(database.sql(), account.id) },
    )
    tokens[role] = made.json().token
  }
})
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  fs.rmSync(folder, { recursive: true, force: true })
})

/** GDAL with the token in its HTTP headers (from the environment, so that it is in no command line). */
async function gdal(program: 'ogrinfo' | 'ogr2ogr', args: string[], token?: string) {
  const env = {
    ...process.env,
    CPL_DEBUG: 'OFF',
    ...(token ? { GDAL_HTTP_HEADERS: `Authorization: Bearer ${token}` } : {}),
  }
  const { stdout } = await run(program, args, { env, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 })
  return stdout
}

/** Each layer's name and feature count from `ogrinfo -so` (numberMatched). */
async function listed(token?: string): Promise<Record<string, number>> {
  const output = await gdal('ogrinfo', ['-ro', '-al', '-so', `OAPIF:${root}`], token)
  const counts: Record<string, number> = {}
  for (const block of output.split('Layer name: ').slice(1))
    counts[block.split('\n')[0]!.trim()] = Number(/Feature Count: (\d+)/.exec(block)?.[1])
  return counts
}

/** Every feature of one collection, read by ogr2ogr page by page (100 a page) into a GeoJSON file. */
async function readAll(collection: string, token?: string): Promise<{ id?: unknown; properties: { id?: unknown } }[]> {
  const file = path.join(folder, `${collection}-${token ? 'token' : 'public'}.geojson`)
  fs.rmSync(file, { force: true })
  await gdal(
    'ogr2ogr',
    ['-f', 'GeoJSON', '-preserve_fid', '-oo', 'PAGE_SIZE=100', file, `OAPIF:${root}/collections/${collection}`],
    token,
  )
  return JSON.parse(fs.readFileSync(file, 'utf8')).features
}

describe('without a token, and with a planner’s', () => {
  test('ogrinfo lists the public collections with their counts, and no defence collection', async () => {
    expect(await listed()).toEqual(publicCounts)
    expect(await listed(tokens.planner)).toEqual(publicCounts)
  }, 300_000)

  test.each(Object.keys(publicCounts))(
    'ogr2ogr reads every feature of %s, each once',
    async (collection) => {
      const features = await readAll(collection)
      expect(features).toHaveLength(publicCounts[collection]!)
      // GDAL keeps an integer id as the feature's id and a text one (a commune's code) as a field.
      const ids = new Set(features.map((feature) => JSON.stringify(feature.properties.id ?? feature.id)))
      expect(ids.size).toBe(features.length)
    },
    300_000,
  )

  test('a defence collection cannot even be opened', async () => {
    for (const token of [undefined, tokens.planner])
      for (const collection of layers.restricted)
        await expect(readAll(collection, token)).rejects.toMatchObject({ stderr: expect.stringContaining('404') })
  }, 300_000)
})

describe('with a border officer’s token', () => {
  test('ogrinfo lists the defence collections too, and ogr2ogr reads each as the zones route gives it', async () => {
    const counts = await listed(tokens.border)
    expect(Object.keys(counts)).toEqual([...Object.keys(publicCounts), ...layers.restricted])
    const kinds = {
      border_belt: 'border_belt',
      border_area: 'border_area',
      border_gates: 'gates',
      restricted_zones: 'restricted',
    }
    const headers = { authorization: `Bearer ${tokens.border}` }
    for (const collection of layers.restricted) {
      const expected = (await api.get(`/api/zones?kind=${kinds[collection]}`, { headers })).json().features.length
      expect(counts[collection], collection).toBe(expected)
      expect(await readAll(collection, tokens.border), collection).toHaveLength(expected)
    }
    expect(counts.border_gates).toBe(6)
  }, 600_000)
})
