import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { testSnapshot } from '../database-setup'
import { type PortalProcess, restoredDataDir, startPortal } from '../portal-process'
import { post, signedIn } from './portal-client'

// kill -9 of the process that hosts the embedded database, in the middle of writes: every write it
// acknowledged is there when the portal starts again, and the database opens (issue #14).

let dataDir: string
let portal: PortalProcess | undefined

beforeAll(async () => {
  if (process.env.DATABASE_URL) return
  dataDir = restoredDataDir(await testSnapshot())
}, 300_000)

afterAll(() => {
  portal?.child.kill('SIGKILL')
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

const history = async (running: PortalProcess, cookie: string) => {
  const answer = await fetch(
    `${running.url}/api/values/history?unit=06184&vintage=2025&indicator=forest_cover&year=2025`,
    { headers: { cookie } },
  )
  return ((await answer.json()) as { id: number }[]).map((version) => version.id)
}

// The embedded database's own faults: a run on PostgreSQL (DATABASE_URL) leaves them out.
describe.skipIf(Boolean(process.env.DATABASE_URL))('the embedded database', () => {
  test('every acknowledged correction survives kill -9 of the portal, and the database opens again', async () => {
    portal = await startPortal({ PORTAL_DATA_DIR: dataDir, DATABASE_URL: '' })
    const cookie = await signedIn(portal, dataDir, 'kill-planner', 'planner')
    const acknowledged: number[] = []
    let stopped = false
    const writer = async (lane: number) => {
      for (let step = 0; !stopped; step += 1) {
        const answer = await post(portal!, cookie, '/api/values', {
          indicator: 'forest_cover',
          unit: '06184',
          year: 2025,
          value: 40 + lane + step / 1000,
          note: `kill test ${lane}.${step}`,
          document: 'Kiểm thử',
        }).catch(() => undefined)
        if (answer?.status === 201) acknowledged.push(answer.body!.id as number)
        else return
      }
    }
    const writers = [0, 1, 2].map(writer)
    while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 50))
    portal.child.kill('SIGKILL')
    stopped = true
    await portal.exited
    await Promise.all(writers)

    portal = await startPortal({ PORTAL_DATA_DIR: dataDir, DATABASE_URL: '' })
    const again = await signedIn(portal, dataDir, 'kill-planner-2', 'planner')
    const kept = new Set(await history(portal, again))
    expect(acknowledged.filter((id) => !kept.has(id))).toEqual([])
    expect(acknowledged.length).toBeGreaterThanOrEqual(20)
  }, 400_000)
})
