// The worker marks the start and the end of each piece of work it hands to PGlite in memory it
// shares with the host. PGlite runs a statement synchronously, blocking the worker's thread, so the
// worker could not answer a message meanwhile; the host reads the mark instead (host.ts, watchdog).

export type Activity = { started: () => void; ended: () => void }

export const activityBytes = BigInt64Array.BYTES_PER_ELEMENT

/** The worker's side: marks in the shared buffer. */
export function markActivity(buffer: SharedArrayBuffer): Activity {
  const cell = new BigInt64Array(buffer)
  return {
    started: () => Atomics.store(cell, 0, BigInt(Date.now())),
    ended: () => Atomics.store(cell, 0, 0n),
  }
}

/** The host's side: how long the current piece of work has run, in ms (0 when the database is idle). */
export function busyMilliseconds(buffer: SharedArrayBuffer, now = Date.now()): number {
  const started = Number(Atomics.load(new BigInt64Array(buffer), 0))
  return started === 0 ? 0 : now - started
}
