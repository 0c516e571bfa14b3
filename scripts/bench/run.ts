// npm run bench — measures what a first visit costs: the bytes of the data the first screen needs
// (compressed as served), the JavaScript split, and the time to the first coloured map in headless
// Chromium beside a bare MapLibre page drawing the same communes in the same colours (issue 13 §2),
// unthrottled and on slow 3G. Prints figures; never fails on timing (goals are read by people, not
// asserted in tests). BENCH_RUNS sets the runs per page and network (default 4).
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { serve } from '@hono/node-server'
import { build } from 'vite'
import { createApp } from '../../server/app'
import { connectConfigured } from '../../server/db'
import { parseEnv } from '../../server/env'
import { loadDataPackage } from '../../server/geodata/load'
import { isLoaded } from '../../server/sql/data-load'
import { migrate } from '../../server/sql/migrations'
import { writeBarePage } from './bare-page'
import { launchChromium } from './chromium'
import { payload } from './payload'
import { plannerAnswers } from './planner'
import { sideBySide } from './side-by-side'

const env = parseEnv()
const database = await connectConfigured(env)
await migrate(database.sql)
if (!(await isLoaded(database.sql))) await loadDataPackage(database.sql, env.geodataDir)
// Its own build, so that a browser test building dist/ at the same time is left alone.
const staticDir = path.resolve('.cache/bench/dist')
await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: staticDir } })
const server = serve({
  fetch: createApp({ sql: database.sql, database: database.kind, staticDir }).fetch,
  port: 0,
  hostname: '127.0.0.1',
})
await new Promise((resolve) => server.once('listening', resolve))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
console.log(`\nLạng Sơn portal benchmark — ${database.kind} database, ${new Date().toISOString()}`)
console.log(
  `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.platform()} ${os.release()}\n`,
)

const data = await payload(base)
console.log('Data of the first screen (as served, gzip):')
for (const item of data.items)
  console.log(
    `  ${item.label.padEnd(44)} ${kb(item.raw).padStart(10)} raw ${kb(item.compressed).padStart(10)} gzip  ${item.milliseconds} ms`,
  )
console.log(
  `  ${'commune geometry + one indicator'.padEnd(44)} ${''.padStart(14)} ${kb(data.budgeted).padStart(10)} gzip  (goal < 300 KB)`,
)
console.log(
  `  ${'everything the first screen loads'.padEnd(44)} ${''.padStart(14)} ${kb(data.total).padStart(10)} gzip\n`,
)

const html = fs.readFileSync(path.join(staticDir, 'index.html'), 'utf8')
const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!)
const chunks = fs.readdirSync(path.join(staticDir, 'assets')).filter((name) => /\.(js|css)$/.test(name))
const size = (name: string) => fs.statSync(path.join(staticDir, 'assets', name)).size
console.log('JavaScript and CSS (uncompressed; the server gzips them):')
console.log(
  `  loaded by index.html: ${initial.map((name) => `${path.basename(name)} ${kb(size(path.basename(name)))}`).join(', ')}`,
)
console.log(
  `  loaded on demand:     ${chunks
    .filter((name) => !initial.some((item) => item.endsWith(name)))
    .map((name) => `${name} ${kb(size(name))}`)
    .join(', ')}\n`,
)

console.log('Planner answers (as portal_app with the planner role, median of 3):')
for (const answer of await plannerAnswers(database.sql))
  console.log(`  ${answer.label.padEnd(76)} ${String(answer.milliseconds).padStart(6)} ms`)
console.log('')

const browser = await launchChromium()
await sideBySide(browser, base, (communesUrl, size) => writeBarePage(base, staticDir, communesUrl, size))
console.log(
  `\nServer memory (RSS): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (includes the embedded database when used)\n`,
)
await browser.close()
server.close()
await database.close()
