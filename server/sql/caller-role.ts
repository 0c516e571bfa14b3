import type { Sql } from '../db'

/**
 * Makes the rest of the transaction run as the database role `portal_app` with the caller's roles
 * in `portal.roles`, so row-level security (0003_access.sql, 0006) applies. Custom plans always:
 * after five runs of a prepared statement PostgreSQL may switch to a generic plan, blind to the
 * vintage, years and indicators asked for, and indicatorValues then took 3–4 s instead of 1 s for
 * the planner's scoreboard on PGlite. Answers the public data version the transaction sees (0010),
 * in the same round trip: a public answer built in it is of that version (server/public-cache/).
 */
export async function actAs(tx: Sql, roles: string[], limits: { statementMs?: number } = {}): Promise<number> {
  // An empty value leaves the connection's statement_timeout (db.ts) as it is.
  const statementTimeout = limits.statementMs ? `${Math.round(limits.statementMs)}ms` : ''
  const [row] = await tx<{ version: number }[]>`
    select set_config('role', 'portal_app', true), set_config('portal.roles', ${roles.join(',')}, true),
      set_config('plan_cache_mode', 'force_custom_plan', true),
      case when ${statementTimeout} <> '' then set_config('statement_timeout', ${statementTimeout}, true) end,
      (select version::float8 from public_version) as version`
  return row!.version
}

/** The public data version now (0010). */
export async function publicVersion(sql: Sql): Promise<number> {
  const [row] = await sql<{ version: number }[]>`select version::float8 as version from public_version`
  return row!.version
}
