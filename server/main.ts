import path from 'node:path'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { connectConfigured } from './db'
import { parseEnv } from './env'
import { loadDataPackage } from './geodata/load'
import { DataPackageError } from './geodata/package-error'
import { isLoaded, refreshStatistics } from './sql/data-load'
import { migrate } from './sql/migrations'

// env → connect → migrate → load the data when empty → serve(createApp(sql))
async function main() {
  const env = parseEnv()
  const database = await connectConfigured(env)
  const stop = async () => {
    await database.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)

  await migrate(database.sql)
  if (!(await isLoaded(database.sql))) {
    console.log(`First start: loading the data package from ${env.geodataDir} …`)
    const summary = await loadDataPackage(database.sql, env.geodataDir)
    console.log(
      `Loaded ${summary.units} units, ${summary.villages} villages, ${summary.officialValuesAdded} official and ${summary.sampleValuesAdded} sample values.`,
    )
  } else {
    // A database loaded by an older version may lack statistics (loadDataPackage refreshes them).
    await refreshStatistics(database.sql)
  }
  const app = createApp({
    sql: database.sql,
    database: database.kind,
    basemap: env.basemap,
    staticDir: path.resolve('dist'),
  })
  serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
    const host = env.host === '0.0.0.0' || env.host === '::' ? 'localhost' : env.host
    console.log(`Lạng Sơn planning portal (${database.kind} database): http://${host}:${info.port}/`)
  })
}

main().catch((error: unknown) => {
  // Configuration and data problems are the operator's to fix: say what, without a stack trace.
  if (
    error instanceof DataPackageError ||
    (error instanceof Error && /configuration|in use by process/.test(error.message))
  ) {
    console.error(error.message)
  } else {
    console.error(error)
  }
  process.exit(1)
})
