import { databaseAway } from './availability'
import type { Sql } from './db'
import type { PublicVersion } from './public-cache/version'
import { publicVersion } from './sql/caller-role'

// A streaming read replica (DATABASE_READ_URL) for the public's reads. Only requests without an
// account go there (auth/role-scope.ts): a signed-in user may just have written, and reads their own
// change from the primary. The replica is used only while it answers and holds the newest public
// data version this process knows: when it lags (its replay is behind a publish) or is away, public
// reads go to the primary until it has caught up. A public read therefore lags the primary by at most
// the time this process takes to learn of a publish (NOTIFY, or the 1 s poll) plus one probe.

export type ReadReplica = {
  sql: Sql
  /** Whether a public read may go to the replica now. */
  usable: () => boolean
  /** A request on the replica failed for want of it: reads go to the primary until a probe answers. */
  failed: () => void
  close: () => Promise<void>
}

export const replicaProbeMs = 1_000

export function readReplica(sql: Sql, known: PublicVersion, probeMs = replicaProbeMs): ReadReplica {
  let replicated = -1
  let answeredAt = 0
  let failing = false
  const probe = async () => {
    try {
      replicated = await publicVersion(sql)
      answeredAt = Date.now()
      failing = false
    } catch (error) {
      if (databaseAway(error) || error instanceof Error) failing = true
    }
  }
  void probe()
  const timer = setInterval(probe, probeMs)
  timer.unref()
  return {
    sql,
    usable: () => !failing && Date.now() - answeredAt < 3 * probeMs && replicated >= known.current(),
    failed: () => {
      failing = true
    },
    close: async () => {
      clearInterval(timer)
      await sql.end({ timeout: 2 })
    },
  }
}
