import { createApp } from '../../server/app'
import { embeddedClient, postgresClient, type Sql } from '../../server/db'
import { openTestDatabase } from '../../test/database-setup'
import { plain } from './envelope'
import { makeAccounts, type RunRole, sessionFor } from './fixture'
import type { Fixture } from './fuzz-route'
import { square } from './geometry-cases'
import { send } from './send'
import { zoneName } from './zone-route-cases'

// The portal a run fuzzes: the real app on a fresh database, the test suite's own (a copy of the
// cached, fully loaded snapshot for the embedded database, or a new database on DATABASE_URL's
// server, dropped afterwards), with one account and session per role and a zone to edit.

export type FuzzPortal = {
  app: ReturnType<typeof createApp>
  sql: Sql
  kind: 'embedded' | 'postgres'
  fixture: Fixture
  sessions: Record<RunRole, string | undefined>
  close: () => Promise<void>
}

export async function openFuzzPortal(tag: string): Promise<FuzzPortal> {
  const database = await openTestDatabase()
  const connection = database.connection
  const sql = connection.kind === 'embedded' ? embeddedClient(connection.socketPath) : postgresClient(connection.url)
  const close = async () => {
    await sql.end({ timeout: 5 })
    await database.close()
  }
  try {
    const app = createApp({ sql, database: connection.kind })
    const fixture = await makeAccounts(sql, tag)
    const sessions: Record<RunRole, string | undefined> = { public: undefined, planner: '', border: '', admin: '' }
    for (const role of ['planner', 'border', 'admin'] as const)
      sessions[role] = await sessionFor(sql, fixture.accounts[role]!)
    const body = { name: zoneName(tag), geometry: square }
    const zone = await send(
      app,
      'POST',
      { kind: 'body', label: 'the zone to edit', url: '/api/zones/restricted', body },
      plain,
      sessions.border,
      60_000,
    )
    if (!('status' in zone) || zone.status !== 201)
      throw new Error(`Adding the zone to fuzz failed: ${JSON.stringify(zone).slice(0, 300)}`)
    fixture.zoneId = JSON.parse(zone.text).id
    return { app, sql, kind: connection.kind, fixture, sessions, close }
  } catch (error) {
    await close()
    throw error
  }
}
