import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { adminSocketPath } from '../../server/admin/socket'
import { embeddedClient, embeddedDataDir, maintenanceLimits, startEmbedded } from '../../server/db'
import { testSnapshot } from '../database-setup'
import { type PortalProcess, restoredDataDir, runScript, startPortal } from '../portal-process'
import { testPassword } from './portal-client'

// Operating the embedded portal while it runs (issue #14): account commands and a backup through
// its administration socket, a clean stop on SIGTERM, and a restore that holds the same data.

let dataDir: string
let portal: PortalProcess | undefined
const folders: string[] = []

beforeAll(async () => {
  if (process.env.DATABASE_URL) return
  dataDir = restoredDataDir(await testSnapshot())
  folders.push(dataDir)
}, 300_000)

afterAll(() => {
  portal?.child.kill('SIGKILL')
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true })
})

const environment = () => ({ PORTAL_DATA_DIR: dataDir, DATABASE_URL: '' })
const signIn = (username: string) =>
  fetch(`${portal!.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: portal!.url },
    body: JSON.stringify({ username, password: testPassword }),
  }).then((answer) => answer.status)

/** What a backup must keep: values, accounts and the audit log, as comparable text. */
async function contents(folder: string) {
  const server = await startEmbedded({ dataDir: folder, statementLimitMs: maintenanceLimits.statementMs })
  const sql = embeddedClient(server.socketPath)
  try {
    const [row] = await sql<{ values: string; accounts: string; audit: string }[]>`
      select (select md5(string_agg(id || ':' || coalesce(value_number::text, value_category, value_flag::text, ''), ',' order by id)) from indicator_value) as values,
        (select string_agg(username || ':' || array_to_string(roles, '+') || ':' || disabled, ',' order by username) from auth.account) as accounts,
        (select count(*) || ':' || md5(string_agg(action || ':' || coalesce(target, ''), ',' order by at, action)) from audit.event) as audit`
    return row!
  } finally {
    await sql.end({ timeout: 5 })
    await server.close()
  }
}

describe.skipIf(Boolean(process.env.DATABASE_URL))('operating the embedded portal', () => {
  test('the first start says how to create the first admin; the socket is the owner’s only', async () => {
    const started = await startPortal(environment())
    portal = started
    // Said once the portal listens and has found no account: a moment after its address.
    await expect
      .poll(() => started.output(), { timeout: 20_000 })
      .toContain('npm run user:add -- --username NAME --role admin')
    expect(fs.statSync(adminSocketPath(dataDir)).mode & 0o777).toBe(0o600)
    expect(fs.statSync(path.dirname(adminSocketPath(dataDir))).mode & 0o777).toBe(0o700)
  })

  test('account commands work while the portal runs, through its administration socket', async () => {
    const add = runScript('scripts/user.ts', ['add', '--username', 'ops-admin', '--role', 'admin'], environment(), {
      input: `${testPassword}\n`,
    })
    expect(add.output).toContain('Created ops-admin (admin). (the running portal)')
    expect(await signIn('ops-admin')).toBe(200)
    expect(runScript('scripts/user.ts', ['list'], environment()).output).toMatch(/^ops-admin\tadmin/m)
    runScript('scripts/user.ts', ['disable', '--username', 'ops-admin'], environment())
    expect(await signIn('ops-admin')).toBe(401)
    runScript('scripts/user.ts', ['enable', '--username', 'ops-admin'], environment())
    expect(await signIn('ops-admin')).toBe(200)
  }, 120_000)

  test('a backup taken while it runs restores into a fresh folder with the same values, accounts and audit log', async () => {
    const archive = path.join(os.tmpdir(), `portal-backup-${process.pid}.tar.gz`)
    folders.push(archive)
    expect(runScript('scripts/backup.ts', ['--out', archive], environment()).output).toContain('the running portal')

    // SIGTERM with a request in flight: the request is answered, the process exits 0 within 10 s.
    // (On a connection of its own: a kept-alive one that is idle when the signal comes is closed.)
    const inFlight = new Promise<number>((resolve, reject) => {
      const address = `${portal!.url}/api/units?level=commune&vintage=2019&detail=full`
      http
        .get(address, { agent: false }, (answer) => {
          answer.resume()
          answer.on('end', () => resolve(answer.statusCode ?? 0))
        })
        .on('error', reject)
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const stopping = Date.now()
    portal!.child.kill('SIGTERM')
    expect(await inFlight).toBe(200)
    expect((await portal!.exited).code).toBe(0)
    expect(Date.now() - stopping).toBeLessThan(10_000)

    const restored = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-restored-'))
    folders.push(restored)
    runScript('scripts/restore.ts', ['--from', archive], { PORTAL_DATA_DIR: restored })
    const original = await contents(embeddedDataDir(dataDir))
    expect(original.accounts).toContain('ops-admin:admin:false')
    expect(await contents(embeddedDataDir(restored))).toEqual(original)
  }, 300_000)
})
