import type { Role } from '../../server/access'
import { newToken, sessionCookie, tokenHash } from '../../server/auth/caller'
import { hashPassword } from '../../server/auth/password'
import type { Sql } from '../../server/db'
import { createAccount } from '../../server/sql/accounts'
import { createSession } from '../../server/sql/sessions'
import type { Fixture } from './fuzz-route'

// What a run needs in its database: one account per role (and one to be changed), their sessions.

export const roles = ['public', 'planner', 'border', 'admin'] as const
export type RunRole = (typeof roles)[number]

/** An account with the roles; its id. */
async function account(sql: Sql, username: string, accountRoles: Role[]): Promise<number> {
  const passwordHash = await hashPassword(`fuzz passphrase of ${username}`)
  const id = await createAccount(sql, { username, displayName: `Fuzz ${username}`, roles: accountRoles, passwordHash })
  if (id === undefined) throw new Error(`The account ${username} exists already: use a fresh database.`)
  return id
}

/** A live session for the account, stored as sign-in stores one: its cookie. */
export async function sessionFor(sql: Sql, accountId: number): Promise<string> {
  const token = newToken()
  await createSession(sql, { tokenHash: tokenHash(token), accountId, hours: 12, address: 'unknown', userAgent: 'fuzz' })
  return `${sessionCookie}=${token}`
}

/** The accounts of the run (named after its tag) and the fixture the cases point at (zone added later). */
export async function makeAccounts(sql: Sql, tag: string): Promise<Fixture> {
  const victim = `fuzz-victim-${tag}`
  return {
    victim: { id: await account(sql, victim, []), username: victim },
    zoneId: 0,
    accounts: {
      planner: await account(sql, `fuzz-planner-${tag}`, ['planner']),
      border: await account(sql, `fuzz-border-${tag}`, ['border']),
      admin: await account(sql, `fuzz-admin-${tag}`, ['admin']),
    },
  }
}
