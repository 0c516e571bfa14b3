import type { Account } from '../access'
import type { Sql } from '../db'

// Personal access tokens (0011_access_tokens.sql), stored by the SHA-256 of their text like
// sessions. One rule says when a token works, written once (`live`): not revoked, not expired,
// made after the account's last password change, and the account not disabled.

const live = (sql: Sql) => sql`
  t.revoked_at is null and t.expires_at > now() and t.created_at > a.password_changed_at and not a.disabled`

/** Stores a new token; its id and expiry. */
export async function createToken(
  sql: Sql,
  token: { tokenHash: string; accountId: number; name: string; days: number },
): Promise<{ id: string; expiresAt: string }> {
  const [row] = await sql<{ id: string; expiresAt: string }[]>`
    insert into auth.token (token_hash, account_id, name, expires_at)
    values (${token.tokenHash}, ${token.accountId}, ${token.name}, now() + make_interval(days => ${token.days}))
    returning id, expires_at`
  return row!
}

/** The account of a live token, noting when and from where it was used; undefined otherwise. */
export async function tokenAccount(sql: Sql, tokenHash: string, address: string): Promise<Account | undefined> {
  const [row] = await sql<Account[]>`
    update auth.token t set last_used_at = now(), last_used_address = ${address.slice(0, 64)}
    from auth.account a
    where t.token_hash = ${tokenHash} and a.id = t.account_id and ${live(sql)}
    returning a.id, a.username, a.display_name, a.roles`
  return row
}

/** A live token as its owner sees it in "my sign-ins and tokens": never its text or hash. */
export type AccountToken = {
  id: string
  name: string
  createdAt: string
  expiresAt: string
  lastUsedAt: string | null
  lastUsedAddress: string | null
}

/** The account's live tokens, newest first. */
export async function liveTokens(sql: Sql, accountId: number): Promise<AccountToken[]> {
  return sql<AccountToken[]>`
    select t.id, t.name, t.created_at, t.expires_at, t.last_used_at, t.last_used_address
    from auth.token t join auth.account a on a.id = t.account_id
    where t.account_id = ${accountId} and ${live(sql)}
    order by t.created_at desc`
}

/** How many live tokens the account holds (there is a cap). */
export async function liveTokenCount(sql: Sql, accountId: number): Promise<number> {
  const [row] = await sql<{ count: number }[]>`
    select count(*)::int as count from auth.token t join auth.account a on a.id = t.account_id
    where t.account_id = ${accountId} and ${live(sql)}`
  return row!.count
}

/** Revokes one of the account's live tokens; its name, or undefined when it has none with that id. */
export async function revokeToken(
  sql: Sql,
  token: { accountId: number; id: string },
): Promise<{ name: string } | undefined> {
  const [row] = await sql<{ name: string }[]>`
    update auth.token t set revoked_at = now()
    from auth.account a
    where t.id = ${token.id} and t.account_id = ${token.accountId} and a.id = t.account_id and ${live(sql)}
    returning t.name`
  return row
}
