import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../database-setup'
import { type PortalProcess, startPortal } from '../portal-process'
import { unpatchedPostgres } from './unpatched-postgres'

// A PostgreSQL restart under load (issue #14): the portal stays up, answers only 200 or 503 while
// the server is away, and serves again within 10 s of its return. What ended the portal before is
// shown on its own: a transaction whose backend dies, with the `postgres` client as npm ships it.
// Needs DATABASE_URL and the right to restart the local cluster (CI runs it last: it interrupts
// every other client of that server).

const versions = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql') : []
const runnable = Boolean(process.env.DATABASE_URL) && versions.length === 1 && process.getuid?.() === 0
if (!runnable) console.warn('\n⚠ PostgreSQL restart tests skipped: they need DATABASE_URL and root on the server.\n')

const restartPostgres = () =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', versions[0]!, 'main', 'restart'], { timeout: 120_000 })

let database: TestDatabase
const portals: PortalProcess[] = []

beforeAll(async () => {
  if (runnable) database = await openTestDatabase()
}, 300_000)

afterAll(async () => {
  for (const portal of portals) portal.child.kill('SIGKILL')
  await database?.close()
})

/** Eight clients asking for the forest cover map until `until` resolves; every status with its time. */
async function underLoad(portal: PortalProcess, until: Promise<unknown>) {
  const answers: { status: number; at: number }[] = []
  let done = false
  void until.finally(() => {
    done = true
  })
  const client = async () => {
    while (!done) {
      const status = await ask(`${portal.url}/api/indicators/forest_cover/values?year=2025&vintage=2025`)
      answers.push({ status, at: Date.now() })
      if (status === 0) await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  await Promise.all(Array.from({ length: 8 }, client))
  return answers
}

/** A GET on a connection of its own (as curl makes it): its status, or 0 when nothing answers. */
function ask(address: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(address, { agent: false }, (answer) => {
      answer.resume()
      answer.on('end', () => resolve(answer.statusCode ?? 0))
      answer.on('error', () => resolve(0))
    })
    request.on('error', () => resolve(0))
  })
}

const url = () => (database.connection.kind === 'postgres' ? database.connection.url : '')
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

describe.skipIf(!runnable)('a PostgreSQL restart under load', () => {
  test('a transaction whose backend dies settles with CONNECTION_CLOSED; without the patch it ends the process', () => {
    const run = (nodeArguments: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', ...nodeArguments, 'test/fixtures/faults/transaction-backend-killed.ts', url()],
        { encoding: 'utf8', timeout: 60_000 },
      )
    const patched = run([])
    expect(patched.stdout).toContain('settled CONNECTION_CLOSED')
    expect(patched.status).toBe(0)
    const unpatched = unpatchedPostgres()
    const shipped = run(['--import', unpatched.hook])
    fs.rmSync(unpatched.folder, { recursive: true, force: true })
    expect(shipped.stderr).toContain("Cannot read properties of null (reading 'write')")
    expect(shipped.status).not.toBe(0)
  }, 120_000)

  test('the portal stays up, answers only 200 or 503, and serves again within 10 s', async () => {
    const portal = await startPortal({ DATABASE_URL: url() })
    portals.push(portal)
    let restarted = 0
    const restart = (async () => {
      await pause(2_000)
      restartPostgres()
      restarted = Date.now()
      await pause(15_000)
    })()
    const answers = await underLoad(portal, restart)
    expect(portal.child.exitCode).toBeNull()
    expect([...new Set(answers.map((answer) => answer.status))].sort()).toEqual(
      answers.some((answer) => answer.status === 503) ? [200, 503] : [200],
    )
    const firstServed = answers.find((answer) => answer.at > restarted && answer.status === 200)
    expect(firstServed && firstServed.at - restarted).toBeLessThan(10_000)
    const ready = await fetch(`${portal.url}/api/health/ready`)
    expect(ready.status).toBe(200)
  }, 200_000)
})
