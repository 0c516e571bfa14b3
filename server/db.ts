import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import postgres from 'postgres'
import { serveEmbedded } from './embedded-socket'

export type Sql = postgres.Sql
export type DatabaseKind = 'embedded' | 'postgres'
export type Database = {
  sql: Sql
  kind: DatabaseKind
  close: () => Promise<void>
}

// One client configuration for both databases, so every query runs through the same code path.
// Column names become camelCase; JSON values are left as they are (postgres.camel would also rename
// keys inside JSON, which are data here, e.g. indicator codes).
const clientOptions = {
  transform: { column: { from: postgres.toCamel, to: postgres.fromCamel } },
  onnotice: () => {},
  connection: { application_name: 'lang-son-portal' },
} satisfies postgres.Options<Record<string, postgres.PostgresType>>

/** A client of a real PostgreSQL + PostGIS server. */
export function postgresClient(url: string, max = 10): Sql {
  return postgres(url, { ...clientOptions, max })
}

/** A client of an embedded database served on a Unix socket (see startEmbedded). */
export function embeddedClient(socketPath: string): Sql {
  return postgres({ ...clientOptions, path: socketPath, max: 1, user: 'postgres', database: 'postgres' })
}

/** The database the environment names: DATABASE_URL, or the embedded one in PORTAL_DATA_DIR/db. */
export function connectConfigured(env: { databaseUrl: string | undefined; dataDir: string }): Promise<Database> {
  return env.databaseUrl ? connectPostgres(env.databaseUrl) : connectEmbedded({ dataDir: path.join(env.dataDir, 'db') })
}

export async function connectPostgres(url: string): Promise<Database> {
  const sql = postgresClient(url)
  await sql`select 1`
  return { sql, kind: 'postgres', close: () => sql.end({ timeout: 5 }) }
}

export type EmbeddedOptions = {
  /** Folder that holds the database files; omitted = in memory. */
  dataDir?: string
  /** A `dump()` archive to start from (test snapshots). */
  snapshot?: Blob
  /** Clients that may connect at once. PGlite has one session, so only clients that take turns. */
  maxConnections?: number
}

export type EmbeddedServer = { socketPath: string; dump: () => Promise<Blob>; close: () => Promise<void> }

/**
 * Starts PGlite + PostGIS in this process and serves it on a private Unix socket (a fresh 0700
 * folder), so the `postgres` client talks to it exactly as to a real server.
 */
export async function startEmbedded(options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {}
  try {
    const db = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.snapshot,
      extensions: { postgis },
    })
    const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-db-'))
    const socketPath = path.join(socketDir, '.s.PGSQL.5432')
    const server = await serveEmbedded(db, socketPath, options.maxConnections ?? 1)
    const close = async () => {
      await server.close()
      await db.close()
      fs.rmSync(socketDir, { recursive: true, force: true })
      release()
    }
    return { socketPath, dump: () => db.dumpDataDir('gzip'), close }
  } catch (error) {
    release()
    throw error
  }
}

/** The embedded database with its one client. */
export async function connectEmbedded(options: EmbeddedOptions = {}): Promise<Database> {
  const server = await startEmbedded(options)
  const sql = embeddedClient(server.socketPath)
  const close = async () => {
    await sql.end({ timeout: 5 })
    await server.close()
  }
  return { sql, kind: 'embedded', close }
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
