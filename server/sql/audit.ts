import type { Caller } from '../access'
import type { Sql } from '../db'

/** `restricted`: the entry is about defence data, and only admins with the border role may read it. */
export type AuditEntry = {
  action: string
  target?: string | null
  detail?: Record<string, unknown>
  restricted?: boolean
}

/** Appends to the audit log (the table refuses updates and deletes). */
export async function audit(sql: Sql, caller: Caller, entry: AuditEntry): Promise<void> {
  await sql`
    insert into audit.event (account_id, username, address, action, target, detail, restricted)
    values (${caller.account?.id ?? null}, ${caller.account?.username ?? null}, ${caller.address}, ${entry.action},
      ${entry.target ?? null}, ${sql.json((entry.detail ?? {}) as never)}, ${entry.restricted ?? false})`
}

export type AuditEvent = {
  /** The entry's public id: random, so that ids say nothing of the entries one may not read. */
  id: string
  at: string
  username: string | null
  address: string | null
  action: string
  target: string | null
  detail: Record<string, unknown>
}

/** The log, newest first, filtered; row-level security shows it to admins only. */
export async function auditEvents(
  sql: Sql,
  filter: { action?: string; username?: string; since?: string; until?: string; limit: number; before?: string },
): Promise<AuditEvent[]> {
  // Ordered by the internal serial, which never leaves the server; `before` is an entry's public
  // id, looked up under the same row-level security (a hidden entry's id finds nothing).
  return sql<AuditEvent[]>`
    select entry.ref as id, at, username, address, action, target, detail from audit.event entry
    where (${filter.action ?? null}::text is null or action = ${filter.action ?? null})
      and (${filter.username ?? null}::text is null or username = ${filter.username ?? null})
      and (${filter.since ?? null}::timestamptz is null or at >= ${filter.since ?? null}::timestamptz)
      and (${filter.until ?? null}::timestamptz is null or at < ${filter.until ?? null}::timestamptz)
      and (${filter.before ?? null}::uuid is null
        or entry.id < (select earlier.id from audit.event earlier where earlier.ref = ${filter.before ?? null}::uuid))
    order by entry.id desc
    limit ${filter.limit}`
}
