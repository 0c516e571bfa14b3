import type { Caller } from './access'
import type { Sql } from './db'

/**
 * What every API handler gets from the middleware: the request's id (request-log.ts), the caller,
 * and `sql` scoped to the caller's roles.
 */
export type PortalEnv = { Variables: { sql: Sql; caller: Caller; requestId: string } }
