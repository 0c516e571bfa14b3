import path from 'node:path'
import postgres from 'postgres'
import { type Availability, hostAvailability, probedAvailability } from './availability'
import { type EmbeddedOptions, type EmbeddedServer, startEmbedded } from './embedded/host'

export type Sql = postgres.Sql
export type DatabaseKind = 'embedded' | 'postgres'
export type Database = {
  sql: Sql
  kind: DatabaseKind
  availability: Availability
  /** The embedded database's host (watchdog, backups); undefined on PostgreSQL. */
  embedded?: EmbeddedServer
  close: () => Promise<void>
}

/** The longest one statement may run on either database (STATEMENT_TIMEOUT_SECONDS). */
export type Limits = { statementMs: number }
/** For loading data and other maintenance at the command line or at first start: long statements are expected. */
export const maintenanceLimits: Limits = { statementMs: 30 * 60_000 }

// One client configuration for both databases, so every query runs through the same code path.
// Column names become camelCase; JSON values are left as they are (postgres.camel would also rename
// keys inside JSON, which are data here, e.g. indicator codes).
const clientOptions = {
  transform: { column: { from: postgres.toCamel, to: postgres.fromCamel } },
  onnotice: () => {},
  connect_timeout: 10,
} satisfies postgres.Options<Record<string, postgres.PostgresType>>

/**
 * A client of a real PostgreSQL + PostGIS server. Every connection carries a statement_timeout,
 * so no statement can hold a connection longer (requests lower it for the public: auth/role-scope.ts).
 */
export function postgresClient(url: string, max = 10, limits?: Limits): Sql {
  return postgres(url, {
    ...clientOptions,
    max,
    connection: {
      application_name: 'lang-son-portal',
      ...(limits ? { statement_timeout: limits.statementMs } : {}),
    },
  })
}

/** A client of an embedded database served on a Unix socket (see embedded/host.ts). */
export function embeddedClient(socketPath: string): Sql {
  return postgres({
    ...clientOptions,
    connection: { application_name: 'lang-son-portal' },
    path: socketPath,
    max: 1,
    user: 'postgres',
    database: 'postgres',
  })
}

/** The database the environment names: DATABASE_URL, or the embedded one in PORTAL_DATA_DIR/db. */
export function connectConfigured(
  env: { databaseUrl: string | undefined; dataDir: string },
  options: { limits?: Limits; report?: EmbeddedOptions['report'] } = {},
): Promise<Database> {
  return env.databaseUrl
    ? connectPostgres(env.databaseUrl, options.limits)
    : connectEmbedded({
        dataDir: embeddedDataDir(env.dataDir),
        statementLimitMs: options.limits?.statementMs,
        report: options.report,
      })
}

/** Where the embedded database's files live inside PORTAL_DATA_DIR. */
export const embeddedDataDir = (dataDir: string) => path.join(dataDir, 'db')

export async function connectPostgres(url: string, limits?: Limits): Promise<Database> {
  const sql = postgresClient(url, 10, limits)
  await sql`select 1`
  return { sql, kind: 'postgres', availability: probedAvailability(sql), close: () => sql.end({ timeout: 5 }) }
}

/** The embedded database (in its worker thread) with its one client. */
export async function connectEmbedded(options: EmbeddedOptions = {}): Promise<Database> {
  const server = await startEmbedded(options)
  const sql = embeddedClient(server.socketPath)
  const close = async () => {
    await sql.end({ timeout: 5 })
    await server.close()
  }
  return { sql, kind: 'embedded', availability: hostAvailability(server), embedded: server, close }
}

export { startEmbedded }
