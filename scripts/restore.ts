// npm run db:restore -- --from FILE
// Replaces the embedded database with a backup made by db:backup. The portal must be stopped
// (it holds the database). The database it replaces is kept beside it (db.replaced-<time>).
// PostgreSQL is restored with pg_restore (README: Backups).
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { embeddedClient, embeddedDataDir, maintenanceLimits, startEmbedded } from '../server/db'
import { lockDataDir } from '../server/embedded/lock'
import { parseEnv } from '../server/env'
import { runTool } from './command-line'

async function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' } }, strict: true })
  if (!values.from) throw new Error('usage: npm run db:restore -- --from FILE (a backup made by npm run db:backup)')
  const env = parseEnv()
  if (env.databaseUrl) throw new Error('DATABASE_URL is set: restore PostgreSQL with pg_restore (README: Backups).')
  const file = path.resolve(values.from)
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file.`)
  const archive = fs.readFileSync(file)
  if (archive[0] !== 0x1f || archive[1] !== 0x8b)
    throw new Error(`${file}: not a backup made by npm run db:backup (not gzip).`)
  const dataDir = embeddedDataDir(env.dataDir)
  lockDataDir(dataDir)() // refuses while a portal holds the database
  const replaced = fs.readdirSync(dataDir).some((name) => name !== 'portal.lock')
    ? `${dataDir}.replaced-${Date.now()}`
    : undefined
  if (replaced) fs.renameSync(dataDir, replaced)
  try {
    const server = await startEmbedded({
      dataDir,
      snapshot: new Blob([archive]),
      statementLimitMs: maintenanceLimits.statementMs,
    })
    const sql = embeddedClient(server.socketPath)
    try {
      const [counts] = await sql<{ units: number; accounts: number; values: number }[]>`
        select (select count(*) from unit)::int as units, (select count(*) from auth.account)::int as accounts,
          (select count(*) from indicator_value)::int as values`
      console.log(
        `Restored ${file} into ${dataDir}: ${counts!.units} units, ${counts!.values} values, ${counts!.accounts} accounts.` +
          (replaced ? `\nThe database it replaced is in ${replaced}.` : ''),
      )
    } finally {
      await sql.end({ timeout: 5 })
      await server.close()
    }
  } catch (error) {
    // Nothing half-restored stays: the previous database goes back where it was.
    fs.rmSync(dataDir, { recursive: true, force: true })
    if (replaced) fs.renameSync(replaced, dataDir)
    throw error
  }
}

runTool(main)
