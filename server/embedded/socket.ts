import net from 'node:net'
import type { PGlite } from '@electric-sql/pglite'
import { listenOwnerOnly } from '../owner-socket'
import type { Activity } from './activity'

// Serves an in-process PGlite on a Unix socket to the `postgres` client, speaking the PostgreSQL
// wire protocol. It replaces @electric-sql/pglite-socket's server because of a protocol fault:
// after an error in the extended protocol PGlite answers with two ReadyForQuery messages, so the
// client took the second for the end of its next query, and from then on every answer went to the
// wrong query: an empty result for one, the previous one's rows for the next
// (test/server/embedded-socket.test.ts). Here the messages of a request are handed over together,
// up to its Sync (or simple Query, Flush, Terminate), and the answer to a request that ends in a
// Sync or Query carries exactly one ReadyForQuery, at its end, as PostgreSQL's does.

const sslRequestCode = 80877103
const cancelRequestCode = 80877102
// Message types that end a unit of work the backend answers with ReadyForQuery (or closes).
const flushingTypes = new Set(['S', 'Q', 'X', 'H'])

export type EmbeddedSocketServer = { close: () => Promise<void> }

const idle: Activity = { started: () => {}, ended: () => {} }

export async function serveEmbedded(
  db: PGlite,
  socketPath: string,
  maxConnections: number,
  activity: Activity = idle,
): Promise<EmbeddedSocketServer> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    if (sockets.size >= maxConnections) {
      socket.end()
      return
    }
    sockets.add(socket)
    socket.on('close', () => {
      sockets.delete(socket)
      // A client that vanished inside a transaction must not leave it open for the next one.
      // Through the raw protocol: db.exec() takes the lock runExclusive holds, and waited forever
      // (test/server/routes/imports-kill.test.ts kills a client inside a transaction).
      db.runExclusive(async () => {
        if (db.isInTransaction()) await db.execProtocolRaw(simpleQuery('rollback'))
      }).catch(() => {})
    })
    socket.on('error', () => socket.destroy())
    handle(db, socket, activity)
  })
  await listenOwnerOnly(server, socketPath)
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

function handle(db: PGlite, socket: net.Socket, activity: Activity) {
  let buffer = Buffer.alloc(0)
  let pending: Buffer[] = []
  let started = false
  let work = Promise.resolve()

  const run = (batch: Buffer) => {
    // One connection's requests in order; connections take turns on PGlite's single session.
    work = work
      .then(() =>
        db.runExclusive(async () => {
          activity.started()
          try {
            const reply = oneReadyForQuery(Buffer.from(await db.execProtocolRaw(new Uint8Array(batch))), batch)
            if (reply.length > 0 && socket.writable) socket.write(reply)
          } finally {
            activity.ended()
          }
        }),
      )
      .catch(() => {
        socket.destroy()
      })
  }

  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk])
    while (true) {
      if (!started) {
        // Startup phase: length-prefixed packets without a type byte (SSL request, startup message).
        if (buffer.length < 8) return
        const length = buffer.readInt32BE(0)
        if (buffer.length < length) return
        const packet = buffer.subarray(0, length)
        buffer = buffer.subarray(length)
        const code = packet.readInt32BE(4)
        if (code === sslRequestCode) {
          socket.write('N')
          continue
        }
        if (code === cancelRequestCode) {
          socket.end()
          return
        }
        started = true
        run(Buffer.from(packet))
        continue
      }
      if (buffer.length < 5) return
      const length = buffer.readInt32BE(1) + 1
      if (buffer.length < length) return
      const message = buffer.subarray(0, length)
      buffer = buffer.subarray(length)
      pending.push(Buffer.from(message))
      const type = String.fromCharCode(message[0]!)
      if (flushingTypes.has(type)) {
        run(Buffer.concat(pending))
        pending = []
        if (type === 'X') socket.end()
      }
    }
  })
}

/** A simple-protocol Query message: 'Q', its length, the text and a NUL. */
export function simpleQuery(text: string): Uint8Array {
  const body = Buffer.from(`${text}\0`)
  const message = Buffer.alloc(5 + body.length)
  message.write('Q', 0)
  message.writeInt32BE(4 + body.length, 1)
  body.copy(message, 5)
  return new Uint8Array(message)
}

/** The reply with its ReadyForQuery messages put right: one at the end after a Sync, Query or startup, none otherwise. */
export function oneReadyForQuery(reply: Buffer, request: Buffer): Buffer {
  const kept: Buffer[] = []
  let ready: Buffer | undefined
  for (let offset = 0; offset + 5 <= reply.length; ) {
    const end = offset + 1 + reply.readInt32BE(offset + 1)
    const message = reply.subarray(offset, end)
    if (message[0] === 0x5a /* Z */) ready = message
    else kept.push(message)
    offset = end
  }
  const last = lastType(request)
  // A startup packet (no type) is answered with ReadyForQuery too.
  if (ready && (last === 'S' || last === 'Q' || last === undefined)) kept.push(ready)
  return Buffer.concat(kept)
}

/** The type of the last message of a request (undefined for a startup packet, which has none). */
function lastType(request: Buffer): string | undefined {
  let type: string | undefined
  for (let offset = 0; offset + 5 <= request.length; ) {
    const code = request[offset]!
    if (code === 0) return undefined // a startup packet begins with its length, not a type
    type = String.fromCharCode(code)
    offset += 1 + request.readInt32BE(offset + 1)
  }
  return type
}
