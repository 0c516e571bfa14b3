import type { Account } from '../access'
import type { Sql } from '../db'

// Server-side sessions, stored by the SHA-256 of the cookie's token (the token itself is never stored).

export async function createSession(
  sql: Sql,
  session: { tokenHash: string; accountId: number; hours: number; address: string; userAgent: string },
): Promise<void> {
  await sql`
    insert into auth.session (token_hash, account_id, expires_at, address, user_agent)
    values (${session.tokenHash}, ${session.accountId}, now() + make_interval(hours => ${session.hours}),
      ${session.address}, ${session.userAgent.slice(0, 300)})`
}

/**
 * The account of a live session (not revoked, not expired, not idle longer than `idleMinutes`,
 * account not disabled), marking it seen; undefined otherwise.
 */
export async function sessionAccount(sql: Sql, tokenHash: string, idleMinutes: number): Promise<Account | undefined> {
  // Marked seen at most twice a minute: a signed-in request that writes nothing else then commits
  // without a write (no WAL flush), and the idle limit is kept to within 30 s.
  const [row] = await sql<Account[]>`
    with live as (
      select a.id, a.username, a.display_name, a.roles, s.last_seen_at
      from auth.session s join auth.account a on a.id = s.account_id
      where s.token_hash = ${tokenHash} and not a.disabled and s.revoked_at is null and s.expires_at > now()
        and s.last_seen_at > now() - make_interval(mins => ${idleMinutes})
    ), touched as (
      update auth.session s set last_seen_at = now() from live
      where s.token_hash = ${tokenHash} and live.last_seen_at < now() - interval '30 seconds'
    )
    select id, username, display_name, roles from live`
  return row
}

export async function revokeSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql`update auth.session set revoked_at = now() where token_hash = ${tokenHash} and revoked_at is null`
}

/** Ends every session of an account (password reset, disabling, role change). */
export async function revokeAccountSessions(sql: Sql, accountId: number, exceptTokenHash?: string): Promise<void> {
  await sql`
    update auth.session set revoked_at = now()
    where account_id = ${accountId} and revoked_at is null and token_hash <> ${exceptTokenHash ?? ''}`
}

/** A live session of an account, as its owner sees it in "my sessions". */
export type AccountSession = {
  id: string
  userAgent: string | null
  address: string | null
  createdAt: string
  lastSeenAt: string
  current: boolean
}

/**
 * The account's live sessions (the rules of sessionAccount), the one of `currentTokenHash` marked
 * and first (it is being used now, though its last-seen time moves at most twice a minute), then the
 * latest seen.
 */
export async function liveSessions(
  sql: Sql,
  account: { accountId: number; currentTokenHash: string; idleMinutes: number },
): Promise<AccountSession[]> {
  return sql<AccountSession[]>`
    select id, user_agent, address, created_at, last_seen_at, token_hash = ${account.currentTokenHash} as current
    from auth.session
    where account_id = ${account.accountId} and revoked_at is null and expires_at > now()
      and last_seen_at > now() - make_interval(mins => ${account.idleMinutes})
    order by token_hash = ${account.currentTokenHash} desc, last_seen_at desc, created_at desc`
}

/** Ends one live session of the account; what it was, or undefined when it has none with that id. */
export async function endSession(
  sql: Sql,
  session: { accountId: number; id: string; currentTokenHash: string },
): Promise<Pick<AccountSession, 'userAgent' | 'address' | 'current'> | undefined> {
  const [row] = await sql<Pick<AccountSession, 'userAgent' | 'address' | 'current'>[]>`
    update auth.session set revoked_at = now()
    where id = ${session.id} and account_id = ${session.accountId} and revoked_at is null
    returning user_agent, address, token_hash = ${session.currentTokenHash} as current`
  return row
}
