// npm run bench:load — the portal under load (issue #13): autocannon as a separate process pinned
// to one core, the portal and its database on the other; 5 s of warm-up and 20 s of measure per
// route, on the embedded database or, with DATABASE_URL, on PostgreSQL; then the database alone
// answering each route's own SQL at the same concurrency. Prints req/s, p50/p99, non-2xx, the raw
// figure and the ratio, and the machine. Goals are read here, never asserted in tests.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { embeddedDataDir, postgresClient } from '../../server/db'
import { runScript, startPortal } from '../../test/portal-process'
import { connectionsOf, type LoadRoute, loadRoutes } from './load-routes'
import { pinPostgres } from './pin-postgres'

const warmSeconds = 5
const measureSeconds = Number(process.env.BENCH_SECONDS ?? 20)
const password = 'a long benchmark password 1'
const url = process.env.DATABASE_URL
// BENCH_CALLER=public or planner measures those routes alone (the README's table is of a whole run).
const chosen = loadRoutes.flatMap((route, index) =>
  !process.env.BENCH_CALLER || route.caller === process.env.BENCH_CALLER ? [{ route, index }] : [],
)
const pinned = (core: number) => (fs.existsSync('/usr/bin/taskset') ? ['taskset', '-c', String(core)] : [])

// A fresh database: a folder of its own, or a database of its own on the PostgreSQL server.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'))
const databaseName = `portal_bench_${process.pid}`
const target = url ? Object.assign(new URL(url), { pathname: `/${databaseName}` }).toString() : undefined
if (url) {
  const admin = postgresClient(url, 1)
  await admin`create database ${admin(databaseName)}`
  await admin.end()
}
const environment = { PORTAL_DATA_DIR: dataDir, DATABASE_URL: target ?? '', LOG_LEVEL: 'warn' }
const unpin = url ? pinPostgres(0) : () => {}

type Figures = { perSecond: number; p50: number; p99: number; non2xx?: number }
const results: { route: LoadRoute; index: number; portal: Figures; raw?: Figures }[] = []
try {
  console.log(`Starting the portal on ${url ? 'PostgreSQL' : 'the embedded database'} (a first start loads the data) …`)
  const portal = await startPortal(environment, { wrapper: pinned(0), timeoutMs: 600_000 })
  runScript('scripts/user.ts', ['add', '--username', 'bench-planner', '--role', 'planner'], environment, {
    input: `${password}\n`,
  })
  const login = await fetch(`${portal.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: portal.url },
    body: JSON.stringify({ username: 'bench-planner', password }),
  })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  for (const { route, index } of chosen) {
    const headers = ['-H', 'accept-encoding=gzip', ...(route.caller === 'planner' ? ['-H', `cookie=${cookie}`] : [])]
    const run = (seconds: number) =>
      JSON.parse(
        execFileSync(
          pinned(1)[0] ?? process.execPath,
          [
            ...pinned(1).slice(1),
            ...(pinned(1).length ? [process.execPath] : []),
            'node_modules/autocannon/autocannon.js',
            '-c',
            String(connectionsOf(route)),
            '-d',
            String(seconds),
            '-j',
            ...headers,
            `${portal.url}${route.path}`,
          ],
          { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
        ),
      ) as { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number }
    run(warmSeconds)
    const measured = run(measureSeconds)
    results.push({
      route,
      index,
      portal: {
        perSecond: measured.requests.average,
        p50: measured.latency.p50,
        p99: measured.latency.p99,
        non2xx: measured.non2xx + measured.errors,
      },
    })
    console.log(`  ${route.caller.padEnd(7)} ${route.path}: ${Math.round(measured.requests.average)} req/s`)
  }
  portal.child.kill('SIGTERM')
  await portal.exited

  console.log('The database alone, answering each route’s own SQL …')
  for (const result of results) {
    const output = execFileSync(
      pinned(1)[0] ?? process.execPath,
      [
        ...pinned(1).slice(1),
        ...(pinned(1).length ? [process.execPath] : []),
        '--import',
        'tsx',
        'scripts/bench/raw-database.ts',
        String(result.index),
        String(measureSeconds),
        String(connectionsOf(result.route)),
        target ?? embeddedDataDir(dataDir),
      ],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    )
    result.raw = JSON.parse(output.trim().split('\n').at(-1)!) as Figures
  }
} finally {
  unpin()
  fs.rmSync(dataDir, { recursive: true, force: true })
  if (url) {
    const admin = postgresClient(url, 1)
    await admin`drop database if exists ${admin(databaseName)} with (force)`
    await admin.end()
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
console.log(
  `\nLoad benchmark — ${url ? 'PostgreSQL' : 'embedded PGlite'}; ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; autocannon on core 1, portal and database on core 0; ${warmSeconds} s warm-up, ${measureSeconds} s measured; gzip\n`,
)
const cell = (text: string | number, width: number) => String(text).padStart(width)
console.log(
  `${'caller'.padEnd(8)}${'route'.padEnd(64)}${cell('conn', 5)}${cell('req/s', 8)}${cell('p50 ms', 8)}${cell('p99 ms', 8)}${cell('non-2xx', 8)}${cell('raw/s', 8)}${cell('ratio', 7)}`,
)
for (const { route, portal, raw } of results) {
  console.log(
    `${route.caller.padEnd(8)}${route.path.slice(0, 63).padEnd(64)}${cell(connectionsOf(route), 5)}${cell(Math.round(portal.perSecond), 8)}${cell(portal.p50.toFixed(0), 8)}${cell(portal.p99.toFixed(0), 8)}${cell(portal.non2xx ?? 0, 8)}${cell(raw ? Math.round(raw.perSecond) : '–', 8)}${cell(raw ? (portal.perSecond / raw.perSecond).toFixed(2) : '–', 7)}`,
  )
}
console.log(
  '\nGoals: warm public answers p99 ≤ 100 ms at 16 connections, 0 non-2xx, ratio ≥ 1.0; the planner’s heavy answers p99 ≤ 250 ms at 4 connections on PostgreSQL.',
)
process.exit(0)
