import { afterAll, beforeAll, inject } from 'vitest'
import { embeddedClient, postgresClient, type Sql } from '../server/db'

/**
 * The run's shared database (test/database-setup.ts), connected for this file. Tests must leave it
 * as they found it: anything that writes goes through `rolledBack`.
 */
export function sharedDatabase(): { sql: () => Sql; kind: 'embedded' | 'postgres' } {
  const database = inject('database')
  let client: Sql | undefined
  beforeAll(() => {
    client = database.kind === 'embedded' ? embeddedClient(database.socketPath) : postgresClient(database.url, 1)
  })
  afterAll(async () => {
    await client?.end({ timeout: 5 })
  })
  return {
    kind: database.kind,
    sql: () => {
      if (!client) throw new Error('the database is connected in beforeAll')
      return client
    },
  }
}

class Rollback extends Error {}

/** Runs work in a transaction that is always rolled back, and returns its result. */
export async function rolledBack<T>(sql: Sql, work: (tx: Sql) => Promise<T>): Promise<T> {
  let result: T | undefined
  try {
    await sql.begin(async (tx) => {
      result = await work(tx as unknown as Sql)
      throw new Rollback()
    })
  } catch (error) {
    if (!(error instanceof Rollback)) throw error
  }
  return result as T
}
