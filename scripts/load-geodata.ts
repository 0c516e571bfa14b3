// npm run db:load — loads (or reloads) the data package from GEODATA_DIR into the configured
// database: DATABASE_URL, or the embedded one in PORTAL_DATA_DIR. Idempotent; one transaction.
import { connectConfigured } from '../server/db'
import { parseEnv } from '../server/env'
import { loadDataPackage } from '../server/geodata/load'
import { DataPackageError } from '../server/geodata/package-error'
import { migrate } from '../server/sql/migrations'

async function main() {
  const env = parseEnv()
  const database = await connectConfigured(env)
  try {
    await migrate(database.sql)
    console.log(`Loading ${env.geodataDir} into the ${database.kind} database …`)
    const summary = await loadDataPackage(database.sql, env.geodataDir)
    console.log(
      `Done: ${summary.units} units, ${summary.villages} villages, ${summary.crosswalkLinks} crosswalk rows; ` +
        `${summary.officialValuesAdded} official and ${summary.sampleValuesAdded} sample values added (0 = already loaded).`,
    )
    for (const repair of summary.repairedGeometries) {
      console.log(`Repaired the geometry of ${repair.code} (${repair.vintage}): ${repair.reason}`)
    }
  } finally {
    await database.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DataPackageError || error instanceof Error ? error.message : error)
  process.exit(1)
})
