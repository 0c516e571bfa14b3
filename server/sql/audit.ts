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
  id: number
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
  filter: { action?: string; username?: string; since?: string; until?: string; limit: number; before?: number },
): Promise<AuditEvent[]> {
  return sql<AuditEvent[]>`
    select id::int, at, username, address, action, target, detail from audit.event
    where (${filter.action ?? null}::text is null or action = ${filter.action ?? null})
      and (${filter.username ?? null}::text is null or username = ${filter.username ?? null})
      and (${filter.since ?? null}::timestamptz is null or at >= ${filter.since ?? null}::timestamptz)
      and (${filter.until ?? null}::timestamptz is null or at < ${filter.until ?? null}::timestamptz)
      and (${filter.before ?? null}::bigint is null or id < ${filter.before ?? null})
    order by id desc
    limit ${filter.limit}`
}
