import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { activityBytes, busyMilliseconds } from './activity'
import { lockDataDir } from './lock'
import type { HostMessage, WorkerMessage, WorkerSetup } from './worker'

// Runs the embedded database in a worker thread and watches it. PGlite cannot enforce
// statement_timeout (it has no timer inside its single thread: pg_sleep(3) ran 3 s under a 500 ms
// limit, issue #9), and one statement that runs away would hold the portal. The watchdog ends the
// worker when a statement runs past the limit, and when a worker dies for any reason a new one opens
// the same files (PostgreSQL's recovery makes them consistent: every committed transaction is
// kept). Meanwhile state() says so and the portal answers 503 (server/availability.ts).

export type EmbeddedState = 'starting' | 'ready' | 'restarting' | 'closed'

export type EmbeddedOptions = {
  /** Folder that holds the database files; omitted = in memory (tests: a restart starts again from the snapshot). */
  dataDir?: string
  /** A dumpDataDir() archive to start from (test snapshots). */
  snapshot?: Blob
  /** Clients that may connect at once. PGlite has one session, so only clients that take turns. */
  maxConnections?: number
  /** The longest a statement may run before the worker is ended and started again. */
  statementLimitMs?: number
  /** Where the host reports a restart (the portal's logger). */
  report?: (event: { event: string; detail?: Record<string, unknown> }) => void
}

export type EmbeddedServer = {
  socketPath: string
  state: () => EmbeddedState
  /** The database files as a gzipped tar, consistent while the portal runs. */
  backup: () => Promise<Uint8Array>
  setStatementLimit: (milliseconds: number) => void
  /** How many times a worker was started again (watchdog or crash). */
  restarts: () => number
  close: () => Promise<void>
}

export const defaultStatementLimitMs = 30_000
const watchInterval = 250
const closeGrace = 5_000
// tsx's ES module API (its CommonJS twin registers a path that does not resolve inside a worker).
const tsxApi = pathToFileURL(
  path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
).href
const workerEntry = new URL('./worker.ts', import.meta.url).href
// The worker runs TypeScript like the rest of the portal: it registers tsx, then loads worker.ts.
const boot = `const { workerData } = require('node:worker_threads')
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry) })`

/** Starts PGlite + PostGIS in a worker thread, served on a private Unix socket (a fresh 0700 folder). */
export async function startEmbedded(options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {}
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-db-'))
  const socketPath = path.join(socketDir, '.s.PGSQL.5432')
  const snapshot = options.snapshot ? new Uint8Array(await options.snapshot.arrayBuffer()) : undefined
  const report = options.report ?? (() => {})
  let limit = options.statementLimitMs ?? defaultStatementLimitMs
  let state: EmbeddedState = 'starting'
  let restarts = 0
  let worker: Worker
  let activity: SharedArrayBuffer
  const backups = new Map<number, { resolve: (archive: Uint8Array) => void; reject: (error: Error) => void }>()
  let nextBackup = 1

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      activity = new SharedArrayBuffer(activityBytes)
      const setup: WorkerSetup = {
        dataDir: options.dataDir,
        snapshot: snapshot?.slice(),
        socketPath,
        maxConnections: options.maxConnections ?? 1,
        activity,
      }
      const current = new Worker(boot, {
        eval: true,
        execArgv: [],
        workerData: { ...setup, tsx: tsxApi, entry: workerEntry },
        transferList: setup.snapshot ? [setup.snapshot.buffer] : [],
      })
      worker = current
      current.on('message', (message: WorkerMessage) => {
        if (message.kind === 'ready') {
          state = 'ready'
          resolve()
        } else if (message.kind === 'backup') {
          backups.get(message.id)?.resolve(message.archive)
          backups.delete(message.id)
        } else if (message.kind === 'backup failed') {
          backups.get(message.id)?.reject(new Error(message.message))
          backups.delete(message.id)
        }
      })
      current.on('error', (error: unknown) => {
        reject(error)
        const message = error instanceof Error ? error.message : String(error)
        report({ event: 'embedded database failed', detail: { error: message } })
      })
      current.on('exit', (code) => {
        for (const pending of backups.values()) pending.reject(new Error('the embedded database stopped'))
        backups.clear()
        // An exit the host did not ask for (a crash, or the watchdog) is followed by a new worker.
        if (worker === current && state !== 'closed') relaunch(`the worker exited with code ${code}`)
      })
    })

  const relaunch = (reason: string) => {
    if (state === 'restarting' || state === 'closed') return
    state = 'restarting'
    restarts += 1
    report({ event: 'embedded database restarting', detail: { reason } })
    const attempt = (delay: number) => {
      if (state === 'closed') return
      launch().then(
        () => report({ event: 'embedded database ready', detail: { restarts } }),
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error)
          report({ event: 'embedded database restart failed', detail: { error: message, retryInMs: delay } })
          setTimeout(() => attempt(Math.min(delay * 2, 30_000)), delay)
        },
      )
    }
    attempt(1_000)
  }

  const watchdog = setInterval(() => {
    if (state !== 'ready') return
    const busy = busyMilliseconds(activity)
    if (busy > limit) {
      const stopped = worker
      relaunch(`a statement ran ${Math.round(busy / 1000)} s, longer than the limit of ${limit / 1000} s`)
      void stopped.terminate()
    }
  }, watchInterval)
  watchdog.unref()

  try {
    await launch()
  } catch (error) {
    clearInterval(watchdog)
    state = 'closed'
    fs.rmSync(socketDir, { recursive: true, force: true })
    release()
    throw error
  }

  return {
    socketPath,
    state: () => state,
    restarts: () => restarts,
    setStatementLimit: (milliseconds) => {
      limit = milliseconds
    },
    backup: () => {
      if (state !== 'ready') return Promise.reject(new Error('the embedded database is restarting'))
      const id = nextBackup++
      const answer = new Promise<Uint8Array>((resolve, reject) => backups.set(id, { resolve, reject }))
      worker.postMessage({ kind: 'backup', id } satisfies HostMessage)
      return answer
    },
    close: async () => {
      if (state === 'closed') return
      const last = worker
      const wasReady = state === 'ready'
      state = 'closed'
      clearInterval(watchdog)
      if (wasReady) {
        // Let PGlite flush and close its files; a worker stuck in a statement is ended instead.
        const closed = new Promise<boolean>((resolve) => {
          last.on('message', (message: WorkerMessage) => message.kind === 'closed' && resolve(true))
          last.once('exit', () => resolve(false))
          setTimeout(() => resolve(false), closeGrace).unref()
        })
        last.postMessage({ kind: 'close' } satisfies HostMessage)
        await closed
      }
      await last.terminate()
      fs.rmSync(socketDir, { recursive: true, force: true })
      release()
    },
  }
}
