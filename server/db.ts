import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import postgres from 'postgres'

export type Sql = postgres.Sql
export type DatabaseKind = 'embedded' | 'postgres'
export type Database = {
  sql: Sql
  kind: DatabaseKind
  close: () => Promise<void>
  /** Embedded only: an archive of the database files, to start another instance from (test snapshots). */
  dump?: () => Promise<Blob>
}

// One client configuration for both databases, so every query runs through the same code path.
const clientOptions = {
  transform: postgres.camel,
  onnotice: () => {},
  connection: { application_name: 'lang-son-portal' },
} satisfies postgres.Options<Record<string, postgres.PostgresType>>

export async function connectPostgres(url: string): Promise<Database> {
  const sql = postgres(url, { ...clientOptions, max: 10 })
  await sql`select 1`
  return { sql, kind: 'postgres', close: () => sql.end({ timeout: 5 }) }
}

export type EmbeddedOptions = {
  /** Folder that holds the database files; omitted = in memory. */
  dataDir?: string
  /** A `dumpDataDir()` archive to start from (test snapshots). */
  snapshot?: Blob
}

/**
 * Starts PGlite + PostGIS in this process and serves it on a private Unix socket, so the `postgres`
 * client (and every SQL function) talks to it exactly as to a real server. PGlite has one session:
 * the client keeps a single connection and the socket server admits one.
 */
export async function connectEmbedded(options: EmbeddedOptions = {}): Promise<Database> {
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {}
  try {
    const db = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.snapshot,
      extensions: { postgis },
    })
    const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-db-'))
    const socketPath = path.join(socketDir, '.s.PGSQL.5432')
    const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 })
    await server.start()
    const sql = postgres({ ...clientOptions, path: socketPath, max: 1, user: 'postgres', database: 'postgres' })
    const close = async () => {
      await sql.end({ timeout: 5 })
      await server.stop()
      await db.close()
      fs.rmSync(socketDir, { recursive: true, force: true })
      release()
    }
    return { sql, kind: 'embedded', close, dump: () => db.dumpDataDir('gzip') }
  } catch (error) {
    release()
    throw error
  }
}

/**
 * PGlite's files must never be opened by two processes at once (that corrupts them), so the data
 * folder carries a lock file with the owner's pid; a stale lock (dead pid) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true })
  const lockPath = path.join(dataDir, 'portal.lock')
  const owner = readLockOwner(lockPath)
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${owner} (a running portal?). ` +
        'Stop that process first, or point DATABASE_URL at a PostgreSQL server.',
    )
  }
  fs.writeFileSync(lockPath, String(process.pid))
  return () => {
    if (readLockOwner(lockPath) === process.pid) fs.rmSync(lockPath, { force: true })
  }
}

function readLockOwner(lockPath: string): number | undefined {
  if (!fs.existsSync(lockPath)) return undefined
  const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10)
  return Number.isFinite(pid) ? pid : undefined
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
