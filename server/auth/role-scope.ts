import type { MiddlewareHandler } from 'hono'
import { callerRoles } from '../access'
import type { Sql } from '../db'
import type { PortalEnv } from '../portal-env'

const rollback = new Error('rolled back: the handler failed')

/**
 * Runs the rest of the request in one transaction as the database role `portal_app`, with the
 * caller's roles in `portal.roles`: row-level security (0003_access.sql) then hides restricted rows
 * from callers without the border role, whatever a route forgets. A failed handler rolls back.
 */
export function roleScope(sql: Sql): MiddlewareHandler<PortalEnv> {
  return async (c, next) => {
    try {
      await sql.begin(async (tx) => {
        // Custom plans always: after five runs of a prepared statement PostgreSQL may switch to a
        // generic plan, blind to the vintage, years and indicators asked for, and indicatorValues
        // then took 3–4 s instead of 1 s for the planner's scoreboard on PGlite.
        await tx`select set_config('role', 'portal_app', true), set_config('portal.roles', ${callerRoles(c.var.caller).join(',')}, true),
          set_config('plan_cache_mode', 'force_custom_plan', true)`
        c.set('sql', tx as unknown as Sql)
        await next()
        if (c.error) throw rollback
      })
    } catch (error) {
      if (error !== rollback) throw error
    }
  }
}
