import type { Sql } from './db'

// Whether the database can answer now. The portal keeps serving what needs no database (the
// liveness answer, the web app's files, public answers already built) and answers everything else
// 503 with Retry-After while the database is away: a PostgreSQL restart, or the embedded worker
// started again by its watchdog (embedded/host.ts). It comes back by itself: a probe asks the
// database once a second while it is away.

export type Availability = {
  /** True when requests that need the database should try it. */
  ready: () => boolean
  /** Called with an error that says the database is away (see databaseAway). */
  failed: () => void
}

export const alwaysReady: Availability = { ready: () => true, failed: () => {} }

const probeInterval = 1_000

/** Availability of a PostgreSQL server, learnt from failed requests and a probe while it is away. */
export function probedAvailability(sql: Sql): Availability {
  let away = false
  const probe = async () => {
    try {
      await sql`select 1`
      away = false
    } catch {
      setTimeout(probe, probeInterval).unref()
    }
  }
  return {
    ready: () => !away,
    failed: () => {
      if (away) return
      away = true
      setTimeout(probe, probeInterval).unref()
    },
  }
}

/** Availability of the embedded database: its worker is running and open. */
export function hostAvailability(host: { state: () => string }): Availability {
  return { ready: () => host.state() === 'ready', failed: () => {} }
}

const clientCodes = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT'])
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOENT', 'ETIMEDOUT', 'EHOSTUNREACH'])

/**
 * Whether an error means the database is away (not that the request was wrong): the client lost
 * or could not open its connection, or the server is shutting down or starting (SQLSTATE class 08,
 * 57P01–57P03).
 */
export function databaseAway(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const { code, syscall } = error as { code?: unknown; syscall?: unknown }
  if (typeof code !== 'string') return false
  if (clientCodes.has(code)) return true
  // A missing socket file is the embedded database between two workers; other missing files are not.
  if (socketCodes.has(code)) return code !== 'ENOENT' || syscall === 'connect'
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03'
}

/** Whether an error is a statement ended by statement_timeout (SQLSTATE 57014). */
export const statementTimedOut = (error: unknown) =>
  Boolean(error && typeof error === 'object' && (error as { code?: unknown }).code === '57014')
