// npm run db:sample — regenerates only the sample values (server/sample) in the configured database,
// e.g. after changing the generator. Versioned like every value: unchanged values stay as they are,
// changed ones supersede the old version, and official or imported values are never replaced.
import { connectConfigured, type Sql } from '../server/db'
import { parseEnv } from '../server/env'
import { writeSampleValues } from '../server/sample/write-sample'
import { isLoaded } from '../server/sql/data-load'
import { migrate } from '../server/sql/migrations'

async function main() {
  const env = parseEnv()
  const database = await connectConfigured(env)
  try {
    await migrate(database.sql)
    if (!(await isLoaded(database.sql)))
      throw new Error('The data package is not loaded yet: run `npm run db:load` first.')
    const added = await database.sql.begin((tx) => writeSampleValues(tx as unknown as Sql))
    console.log(`${added} sample values added or changed (0 = the sample was already up to date).`)
  } finally {
    await database.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
