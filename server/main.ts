import type { Server } from 'node:http'
import path from 'node:path'
import { serve } from '@hono/node-server'
import { type AdminSocket, serveAdmin } from './admin/socket'
import { createApp } from './app'
import { connectConfigured, type Database, maintenanceLimits, postgresClient } from './db'
import { parseEnv } from './env'
import { loadDataPackage } from './geodata/load'
import { DataPackageError } from './geodata/package-error'
import { createLogger, type Logger } from './log'
import { type DownloadTally, downloadTally } from './public-cache/downloads'
import { localVersion, type PublicVersion, watchedVersion } from './public-cache/version'
import { type ReadReplica, readReplica } from './read-replica'
import { hasAccounts } from './sql/accounts'
import { publicVersion as currentPublicVersion } from './sql/caller-role'
import { isLoaded, refreshStatistics } from './sql/data-load'
import { migrate } from './sql/migrations'

// env → connect → migrate → load the data when empty → serve(createApp(sql)), and a clean stop.
const stopWithinMs = 10_000

async function main(logger: Logger) {
  const env = parseEnv()
  logger.level = env.logLevel
  const database = await connectConfigured(env, {
    // Migrations and the first load run long statements; requests get the configured limit after.
    limits: env.databaseUrl ? env.limits : maintenanceLimits,
    report: ({ event, detail }) => logger.warn(detail ?? {}, event),
  })
  await prepare(database, env.geodataDir, logger)
  database.embedded?.setStatementLimit(env.limits.statementMs)
  // On PostgreSQL the first load ran under the long limit: reconnect with the configured one.
  const serving = env.databaseUrl ? await reconnect(database, env) : database

  // Other processes may publish on PostgreSQL: hear of it (NOTIFY, poll). On the embedded
  // database this process is the only writer.
  const publicVersion = env.databaseUrl
    ? await watchedVersion(serving.sql)
    : localVersion(serving.sql, await currentPublicVersion(serving.sql))
  const reads = env.databaseReadUrl
    ? readReplica(postgresClient(env.databaseReadUrl, 10, env.limits), publicVersion)
    : undefined
  const downloads = downloadTally(serving.sql, (error) =>
    logger.warn({ error: String(error) }, 'public downloads not counted yet'),
  )
  downloads.start()
  const app = createApp({
    downloads,
    publicVersion,
    reads,
    sql: serving.sql,
    database: serving.kind,
    availability: serving.availability,
    basemap: env.basemap,
    session: env.session,
    publicStatementMs: env.limits.publicStatementMs,
    logger,
    staticDir: path.resolve('dist'),
  })
  const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
    const host = env.host === '0.0.0.0' || env.host === '::' ? 'localhost' : env.host
    logger.info({ database: serving.kind, port: info.port }, 'listening')
    console.log(`Lạng Sơn planning portal (${serving.kind} database): http://${host}:${info.port}/`)
  }) as Server
  const admin = serving.embedded
    ? await serveAdmin({ dataDir: env.dataDir, sql: serving.sql, backup: serving.embedded.backup, logger })
    : undefined
  if (!(await hasAccounts(serving.sql))) {
    console.log(
      'No accounts yet. Create the first administrator (the portal may keep running):\n' +
        '  npm run user:add -- --username NAME --role admin --name "Full name"',
    )
  }
  const stop = (signal: string) =>
    shutdown({ signal, server, admin, publicVersion, reads, downloads, database: serving, logger })
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

async function prepare(database: Database, geodataDir: string, logger: Logger) {
  await migrate(database.sql)
  if (!(await isLoaded(database.sql))) {
    console.log(`First start: loading the data package from ${geodataDir} …`)
    const summary = await loadDataPackage(database.sql, geodataDir)
    logger.info(summary, 'data package loaded')
    console.log(
      `Loaded ${summary.units} units, ${summary.villages} villages, ${summary.officialValuesAdded} official and ${summary.sampleValuesAdded} sample values.`,
    )
  } else {
    // A database loaded by an older version may lack statistics (loadDataPackage refreshes them).
    await refreshStatistics(database.sql)
  }
}

async function reconnect(database: Database, env: ReturnType<typeof parseEnv>): Promise<Database> {
  await database.close()
  return connectConfigured(env, { limits: env.limits })
}

/**
 * SIGTERM/SIGINT: stop taking connections, let the requests in flight finish, close the database
 * (the embedded one flushes its files) and exit 0, all within 10 s; past that, exit 1.
 */
async function shutdown(parts: {
  signal: string
  server: Server
  admin: AdminSocket | undefined
  publicVersion: PublicVersion
  reads: ReadReplica | undefined
  downloads: DownloadTally
  database: Database
  logger: Logger
}) {
  const { server, admin, database, logger } = parts
  logger.info({ signal: parts.signal }, 'stopping')
  setTimeout(() => {
    logger.error('could not stop within 10 s; exiting')
    process.exit(1)
  }, stopWithinMs).unref()
  const drained = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, stopWithinMs - 3_000))])
  server.closeAllConnections()
  await admin?.close()
  await parts.downloads.stop()
  await parts.publicVersion.close()
  await parts.reads?.close()
  await database.close()
  logger.info('stopped')
  process.exit(0)
}

const logger = createLogger()
// Anything else fatal is logged and ends the process with a non-zero code: the service manager
// starts it again (docs/operations.md). Nothing is swallowed.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    logger.fatal({ err: error }, event)
    process.exit(1)
  })
}
main(logger).catch((error: unknown) => {
  // Configuration and data problems are the operator's to fix: say what, without a stack trace.
  if (
    error instanceof DataPackageError ||
    (error instanceof Error && /configuration|in use by process/.test(error.message))
  ) {
    console.error(error.message)
  } else {
    logger.fatal({ err: error }, 'could not start')
  }
  process.exit(1)
})
