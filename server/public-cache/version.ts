import type { Sql } from '../db'
import { publicVersion } from '../sql/caller-role'

// What this process knows of the public data version (migration 0010). It learns a newer one from
// every request's transaction (role-scope.ts reads it), after each change it makes itself, from
// PostgreSQL's NOTIFY when other processes publish, and from a poll should a notification be lost
// (a restart of the server in between). It never goes back.

export type PublicVersion = {
  current: () => number
  /** A version seen somewhere (a request's transaction, a notification). */
  saw: (version: number) => void
  /** Reads the version from the database (after a change this process committed). */
  refresh: () => Promise<void>
  close: () => Promise<void>
}

/** A version known only from what this process sees: requests, its own changes. */
export function localVersion(sql: Sql, initial = 0): PublicVersion {
  let version = initial
  const saw = (seen: number) => {
    if (seen > version) version = seen
  }
  return {
    current: () => version,
    saw,
    refresh: async () => saw(await publicVersion(sql)),
    close: async () => {},
  }
}

const channel = 'portal_public_version'

/**
 * The version of a database other processes write too (PostgreSQL): LISTEN for their changes and
 * poll every `pollMs` as well, so that a process learns of a publish within about that long.
 */
export async function watchedVersion(sql: Sql, pollMs = 1_000): Promise<PublicVersion> {
  const known = localVersion(sql, await publicVersion(sql))
  const listening = await sql.listen(channel, (payload) => known.saw(Number(payload)))
  const poll = setInterval(() => known.refresh().catch(() => {}), pollMs)
  poll.unref()
  return {
    ...known,
    close: async () => {
      clearInterval(poll)
      await listening.unlisten().catch(() => {})
    },
  }
}
