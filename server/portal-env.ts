import type { Caller } from './access'
import type { Sql } from './db'
import type { ReadReplica } from './read-replica'

/**
 * What every API handler gets from the middleware: the request's id (request-log.ts), the caller,
 * `sql` scoped to the caller's roles, and the public data version its transaction sees (0010).
 */
export type PortalEnv = {
  Variables: {
    sql: Sql
    caller: Caller
    /** How the caller proved who it is: a session cookie or a personal access token (auth/bearer.ts); undefined for the public. */
    credential: 'session' | 'token' | undefined
    requestId: string
    dataVersion: number
    buildingPublicAnswer: boolean
    /** Set when the request reads from the replica (read-replica.ts). */
    readReplica: ReadReplica
  }
}
