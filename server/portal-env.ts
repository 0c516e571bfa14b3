import type { Caller } from './access'
import type { Sql } from './db'

/**
 * What every API handler gets from the middleware: the request's id (request-log.ts), the caller,
 * `sql` scoped to the caller's roles, and the public data version its transaction sees (0010).
 */
export type PortalEnv = {
  Variables: { sql: Sql; caller: Caller; requestId: string; dataVersion: number; buildingPublicAnswer: boolean }
}
