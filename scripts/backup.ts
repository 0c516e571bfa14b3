// npm run db:backup [-- --out FILE]
// A consistent copy of the embedded database (a gzipped tar of its files, taken between
// transactions after a checkpoint), while the portal runs (through its administration socket) or
// not. PostgreSQL is backed up with pg_dump (README: Backups).
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { askPortal } from '../server/admin/client'
import { embeddedDataDir, maintenanceLimits, startEmbedded } from '../server/db'
import { parseEnv } from '../server/env'
import { runTool } from './command-line'

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true })
  const env = parseEnv()
  if (env.databaseUrl)
    throw new Error(
      'DATABASE_URL is set: back up PostgreSQL with pg_dump, e.g. pg_dump -Fc -f portal.dump "$DATABASE_URL" (README: Backups).',
    )
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
  const out = path.resolve(values.out ?? `portal-backup-${stamp}.tar.gz`)
  const answer = await askPortal(env.dataDir, 'GET', '/backup')
  let archive: Uint8Array
  let from: string
  if (answer) {
    if (answer.status !== 200) throw new Error(`The portal refused the backup: ${answer.body.toString('utf8')}`)
    archive = answer.body
    from = 'the running portal'
  } else {
    const dataDir = embeddedDataDir(env.dataDir)
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION')))
      throw new Error(`There is no embedded database in ${dataDir}.`)
    const server = await startEmbedded({ dataDir, statementLimitMs: maintenanceLimits.statementMs })
    try {
      archive = await server.backup()
    } finally {
      await server.close()
    }
    from = dataDir
  }
  // Written aside and renamed: a half-written backup never carries the final name.
  const partial = `${out}.partial`
  fs.writeFileSync(partial, archive, { mode: 0o600 })
  fs.renameSync(partial, out)
  console.log(`Backup of ${from}: ${out} (${(archive.length / 1e6).toFixed(1)} MB).`)
}

runTool(main)
