import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { markActivity } from './activity'
import { serveEmbedded, simpleQuery } from './socket'

// The embedded database's own thread (started by host.ts): PGlite + PostGIS and the socket the
// `postgres` client connects to. A statement that runs away blocks only this thread; the host's
// watchdog then ends the worker and starts a new one, while the portal's own thread keeps serving.

export type WorkerSetup = {
  /** Folder of the database files; omitted = in memory (tests). */
  dataDir?: string
  /** A dumpDataDir() archive to start from. */
  snapshot?: Uint8Array<ArrayBuffer>
  socketPath: string
  maxConnections: number
  /** Shared with the host: when the current piece of work started (activity.ts). */
  activity: SharedArrayBuffer
}
export type HostMessage = { kind: 'backup'; id: number } | { kind: 'close' }
export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'backup'; id: number; archive: Uint8Array<ArrayBuffer> }
  | { kind: 'backup failed'; id: number; message: string }
  | { kind: 'closed' }

const setup = workerData as WorkerSetup
const port = parentPort!

const db = await PGlite.create({
  dataDir: setup.dataDir,
  loadDataDir: setup.snapshot ? new Blob([setup.snapshot]) : undefined,
  extensions: { postgis },
})
const server = await serveEmbedded(db, setup.socketPath, setup.maxConnections, markActivity(setup.activity))
port.postMessage({ kind: 'ready' } satisfies WorkerMessage)

port.on('message', async (message: HostMessage) => {
  if (message.kind === 'backup') {
    try {
      const archive = await consistentArchive()
      port.postMessage({ kind: 'backup', id: message.id, archive } satisfies WorkerMessage, {
        transfer: [archive.buffer],
      })
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error)
      port.postMessage({ kind: 'backup failed', id: message.id, message: text } satisfies WorkerMessage)
    }
  } else if (message.kind === 'close') {
    await server.close()
    await db.close() // flushes the files
    port.postMessage({ kind: 'closed' } satisfies WorkerMessage)
  }
})

/**
 * The database files as a gzipped tar, taken between transactions (a client inside one is let
 * finish first) after a checkpoint, so the archive opens without recovery and holds only
 * committed work.
 */
async function consistentArchive(): Promise<Uint8Array<ArrayBuffer>> {
  for (;;) {
    const archive = await db.runExclusive(async () => {
      if (db.isInTransaction()) return undefined
      await db.execProtocolRaw(simpleQuery('checkpoint'))
      const blob = await db.dumpDataDir('gzip')
      return new Uint8Array(await blob.arrayBuffer())
    })
    if (archive) return archive
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
