import type { Account, Role } from '../access'
import type { Sql } from '../db'

// Accounts live in the schema `auth`, read and written by the server as the database owner (the
// routes that call these ask the access policy first).

export type AccountRow = Account & {
  passwordHash: string
  disabled: boolean
  createdAt: string
  passwordChangedAt: string
}

export async function accountByUsername(sql: Sql, username: string): Promise<AccountRow | undefined> {
  const [row] = await sql<AccountRow[]>`
    select id, username, display_name, roles, password_hash, disabled, created_at, password_changed_at
    from auth.account where username = ${username}`
  return row
}

export async function accountById(sql: Sql, id: number): Promise<AccountRow | undefined> {
  const [row] = await sql<AccountRow[]>`
    select id, username, display_name, roles, password_hash, disabled, created_at, password_changed_at
    from auth.account where id = ${id}`
  return row
}

export type AccountSummary = Account & {
  disabled: boolean
  createdAt: string
  passwordChangedAt: string
  lastSeenAt: string | null
}

export async function listAccounts(sql: Sql): Promise<AccountSummary[]> {
  return sql<AccountSummary[]>`
    select a.id, a.username, a.display_name, a.roles, a.disabled, a.created_at, a.password_changed_at,
      (select max(s.last_seen_at) from auth.session s where s.account_id = a.id) as last_seen_at
    from auth.account a order by a.username`
}

/** Creates an account; undefined when the username is taken. */
export async function createAccount(
  sql: Sql,
  account: { username: string; displayName: string | null; roles: Role[]; passwordHash: string },
) {
  const [row] = await sql<{ id: number }[]>`
    insert into auth.account (username, display_name, roles, password_hash)
    values (${account.username}, ${account.displayName}, ${account.roles}, ${account.passwordHash})
    on conflict (username) do nothing
    returning id`
  return row?.id
}

export async function updateAccount(
  sql: Sql,
  id: number,
  change: { roles?: Role[]; disabled?: boolean; displayName?: string | null },
) {
  const [row] = await sql<{ id: number }[]>`
    update auth.account set
      roles = coalesce(${change.roles ?? null}::text[], roles),
      disabled = coalesce(${change.disabled ?? null}::boolean, disabled),
      display_name = case when ${change.displayName !== undefined} then ${change.displayName ?? null} else display_name end,
      updated_at = now()
    where id = ${id}
    returning id`
  return row !== undefined
}

export async function setPassword(sql: Sql, id: number, passwordHash: string): Promise<void> {
  await sql`update auth.account set password_hash = ${passwordHash}, password_changed_at = now(), updated_at = now() where id = ${id}`
}

/** Whether any account exists (the first start says how to create the first admin). */
export async function hasAccounts(sql: Sql): Promise<boolean> {
  const [row] = await sql<{ any: boolean }[]>`select exists (select 1 from auth.account) as any`
  return row!.any
}
