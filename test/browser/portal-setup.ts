import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { serve } from '@hono/node-server'
import { build } from 'vite'
import type { TestProject } from 'vitest/node'
import { chromiumPath } from '../../scripts/bench/chromium'
import type { Role } from '../../server/access'
import { createApp } from '../../server/app'
import { hashPassword } from '../../server/auth/password'
import { embeddedClient, postgresClient } from '../../server/db'
import { createAccount } from '../../server/sql/accounts'
import { openTestDatabase } from '../database-setup'

declare module 'vitest' {
  export interface ProvidedContext {
    portal: { url: string; password: string; accounts: Record<'border' | 'admin' | 'planner', string> } | null
  }
}

const password = 'browser test password'

/**
 * The built web app served by the real server (createApp) on the run's database, for the browser
 * tests. Without Chromium the tests are skipped with a notice, unless REQUIRE_BROWSER is set (CI).
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(chromiumPath)) {
    const message = `Chromium not found at ${chromiumPath}: install it with "apt-get install -y chromium" to run the browser tests.`
    if (process.env.REQUIRE_BROWSER) throw new Error(message)
    console.warn(`\n⚠ Browser tests skipped. ${message}\n`)
    project.provide('portal', null)
    return
  }
  await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn' })
  const database = await openTestDatabase()
  const sql =
    database.connection.kind === 'embedded'
      ? embeddedClient(database.connection.socketPath)
      : postgresClient(database.connection.url)
  // A basemap that cannot load (nothing listens on port 9): the map must still work without it.
  const basemap = { kind: 'raster' as const, url: 'http://127.0.0.1:9/{z}/{x}/{y}.png', attribution: 'Test basemap' }
  // One account per role, for the tests that sign in (names unique per run).
  const passwordHash = await hashPassword(password)
  const accounts = {
    border: `browser-border-${process.pid}`,
    admin: `browser-admin-${process.pid}`,
    planner: `browser-planner-${process.pid}`,
  }
  for (const [role, username] of Object.entries(accounts)) {
    await createAccount(sql, { username, displayName: `Browser ${role}`, roles: [role as Role], passwordHash })
  }
  const app = createApp({ sql, database: database.connection.kind, basemap, staticDir: path.resolve('dist') })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  project.provide('portal', { url: `http://127.0.0.1:${port}`, password, accounts })
  return async () => {
    await new Promise((resolve) => server.close(resolve))
    await sql.end({ timeout: 5 })
    await database.close()
  }
}
