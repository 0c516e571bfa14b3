import type { MiddlewareHandler } from 'hono'
import { callerRoles } from '../access'
import type { Sql } from '../db'
import type { PortalEnv } from '../portal-env'
import type { ReadReplica } from '../read-replica'
import { actAs } from '../sql/caller-role'

const rollback = new Error('rolled back: the handler failed')

/**
 * Runs the rest of the request in one transaction as the database role `portal_app`, with the
 * caller's roles in `portal.roles`: row-level security (0003_access.sql) then hides restricted rows
 * from callers without the border role, whatever a route forgets. A failed handler rolls back.
 */
export function roleScope(
  sql: Sql,
  options: { publicStatementMs: number; reads?: ReadReplica },
): MiddlewareHandler<PortalEnv> {
  return async (c, next) => {
    const publicRead = !c.var.caller.account && (c.req.method === 'GET' || c.req.method === 'HEAD')
    // The public's requests get a shorter statement_timeout than signed-in work (PostgreSQL; the
    // embedded database is bounded by its watchdog instead, embedded/host.ts), and go to the read
    // replica while it is up to date (read-replica.ts).
    const statementMs = c.var.caller.account ? undefined : options.publicStatementMs
    const replica = publicRead && options.reads?.usable() ? options.reads : undefined
    if (replica) c.set('readReplica', replica)
    try {
      await (replica?.sql ?? sql).begin(async (tx) => {
        const version = await actAs(tx as unknown as Sql, callerRoles(c.var.caller), { statementMs })
        c.set('dataVersion', version)
        c.set('sql', tx as unknown as Sql)
        await next()
        if (c.error) throw rollback
      })
    } catch (error) {
      if (error !== rollback) throw error
    }
  }
}
