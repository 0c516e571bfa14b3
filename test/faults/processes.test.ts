import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { postgresClient } from '../../server/db'
import { prepare } from '../database-setup'
import { type PortalProcess, runScript, startPortal } from '../portal-process'
import { type Cluster, clustersPossible, primaryCluster, replicaCluster } from './clusters'
import { nginxPossible, startNginx } from './nginx'
import { testPassword } from './portal-client'

// More than one portal process (issue #14): the processes keep nothing of their own (sessions,
// sign-in throttling and the public data version are in the database), so two of them behind nginx
// share a sign-in, and a publish through one is seen through the other within 2 s. Public reads go
// to a streaming replica (DATABASE_READ_URL) while it is up to date, and to the primary while it lags
// or is away. The clusters are the test's own (clusters.ts); it runs with the PostgreSQL suite.

const runnable = Boolean(process.env.DATABASE_URL) && clustersPossible && nginxPossible
if (!runnable)
  console.warn('\n⚠ Tests of several processes skipped: they need DATABASE_URL, root, PostgreSQL and nginx.\n')

let primary: Cluster
let replica: Cluster
let portals: PortalProcess[] = []
let balancer: Awaited<ReturnType<typeof startNginx>> | undefined
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

beforeAll(async () => {
  if (!runnable) return
  primary = await primaryCluster()
  const admin = postgresClient(primary.url('postgres'), 1)
  await admin`create database portal`
  await admin.end()
  const sql = postgresClient(primary.url('portal'), 1)
  await prepare(sql)
  await sql.end()
  replica = await replicaCluster(primary)
  const environment = { DATABASE_URL: primary.url('portal'), DATABASE_READ_URL: replica.url('portal') }
  runScript('scripts/user.ts', ['add', '--username', 'two-planner', '--role', 'planner'], environment, {
    input: `${testPassword}\n`,
  })
  portals = await Promise.all([startPortal(environment), startPortal(environment)])
  balancer = await startNginx(portals.map((portal) => portal.url))
}, 400_000)

afterAll(async () => {
  await balancer?.stop()
  for (const portal of portals) portal.child.kill('SIGKILL')
  replica?.remove()
  primary?.remove()
})

const signIn = async (url: string) => {
  const answer = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username: 'two-planner', password: testPassword }),
  })
  expect(answer.status).toBe(200)
  return (answer.headers.get('set-cookie') ?? '').split(';')[0]!
}

const poverty06001 = async (url: string) => {
  const answer = await fetch(`${url}/api/indicators/poverty_rate/values?year=2025&vintage=2025`)
  expect(answer.status).toBe(200)
  const body = (await answer.json()) as { communes: { code: string; valueNumber: number | null }[] }
  return body.communes.find((commune) => commune.code === '06001')?.valueNumber
}

/** How long until `url` answers `expected` for 06001 (a failure past `withinMs`). */
async function secondsUntil(url: string, expected: number | null | undefined, withinMs: number) {
  const started = Date.now()
  while ((await poverty06001(url)) !== expected) {
    if (Date.now() - started > withinMs) throw new Error(`${url} did not answer ${expected} within ${withinMs} ms`)
    await pause(100)
  }
  return Date.now() - started
}

async function publishThrough(url: string, cookie: string) {
  const form = new FormData()
  const file = fs.readFileSync(path.resolve('test/fixtures/imports/good-long.csv'))
  form.set('file', new File([file], 'hai-tien-trinh.csv'))
  form.set('document', 'Báo cáo kiểm thử')
  const upload = await fetch(`${url}/api/imports`, { method: 'POST', headers: { origin: url, cookie }, body: form })
  expect(upload.status).toBe(201)
  const { id } = (await upload.json()) as { id: number }
  const step = (action: string) =>
    fetch(`${url}/api/imports/${id}/${action}`, { method: 'POST', headers: { origin: url, cookie } })
  expect((await step('publish')).status).toBe(200)
  return { rollback: async () => expect((await step('rollback')).status).toBe(200) }
}

describe.skipIf(!runnable)('two portal processes, a primary and a replica', () => {
  test('a sign-in on one process is a sign-in on the other, and through nginx', async () => {
    const [first, second] = portals as [PortalProcess, PortalProcess]
    const cookie = await signIn(first.url)
    for (const url of [second.url, balancer!.url, balancer!.url]) {
      const me = await fetch(`${url}/api/auth/me`, { headers: { cookie } })
      expect(((await me.json()) as { account?: { username: string } }).account?.username).toBe('two-planner')
    }
  })

  test('public reads go to the replica while it is up to date', async () => {
    const standby = postgresClient(replica.url('portal'), 1)
    const transactions = async () =>
      Number((await standby`select xact_commit from pg_stat_database where datname = 'portal'`)[0]!.xactCommit)
    try {
      const before = await transactions()
      // Searches with free words: answers no process has kept, so each one reads the database.
      for (let request = 0; request < 20; request += 1)
        expect((await fetch(`${portals[0]!.url}/api/search?q=son${request}`)).status).toBe(200)
      // A backend adds its counts to pg_stat_database when it goes idle, at most every 10 s on
      // PostgreSQL 15; each process also probes the replica once a second (a few more).
      await expect
        .poll(async () => (await transactions()) - before, { timeout: 20_000, interval: 500 })
        .toBeGreaterThanOrEqual(20)
    } finally {
      await standby.end()
    }
  })

  test('a publish through one process is seen through the other within 2 s, through the replica', async () => {
    const [first, second] = portals as [PortalProcess, PortalProcess]
    const cookie = await signIn(first.url)
    const before = await poverty06001(second.url)
    const published = await publishThrough(first.url, cookie)
    expect(await secondsUntil(second.url, 8.25, 2_000)).toBeLessThan(2_000)
    await published.rollback()
    expect(await secondsUntil(second.url, before, 2_000)).toBeLessThan(2_000)
  })

  test('while the replica lags, public reads come from the primary; while it is away too', async () => {
    const [first, second] = portals as [PortalProcess, PortalProcess]
    const cookie = await signIn(first.url)
    const before = await poverty06001(second.url)
    const standby = postgresClient(replica.url('portal'), 1)
    await standby`select pg_wal_replay_pause()`
    try {
      const published = await publishThrough(first.url, cookie)
      expect(await secondsUntil(second.url, 8.25, 2_000)).toBeLessThan(2_000)
      await published.rollback()
      expect(await secondsUntil(second.url, before, 2_000)).toBeLessThan(2_000)
    } finally {
      await standby`select pg_wal_replay_resume()`
      await standby.end()
    }
    replica.stop()
    const statuses = new Set<number>()
    for (let request = 0; request < 20; request += 1) {
      const answer = await fetch(`${balancer!.url}/api/units/06001?vintage=2025`)
      statuses.add(answer.status)
      await answer.arrayBuffer()
    }
    expect([...statuses]).toEqual([200])
  })
})
