import fs from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { z } from 'zod'
import { roles } from '../access'
import type { Sql } from '../db'
import type { Logger } from '../log'
import { Refusal, refusalBody } from '../message'
import { listenOwnerOnly } from '../owner-socket'
import { runCommand } from './commands'

// The running portal's administration socket: a Unix socket in PORTAL_DATA_DIR/run (a 0700
// folder; the socket itself 0600), so only the portal's own user reaches it. The command line
// (npm run user:*, db:backup) talks to it while the portal runs, instead of opening the embedded
// database a second time (it has one session, and its files must never have two owners).

export const adminSocketPath = (dataDir: string) => path.join(dataDir, 'run', 'admin.sock')

const username = z.string().min(1).max(40)
const command = z.object({
  user: z.string().min(1).max(100),
  command: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('add'),
      username,
      displayName: z.string().max(200).nullable(),
      roles: z.array(z.enum(roles)).min(1),
      passwordHash: z.string().startsWith('$argon2'),
    }),
    z.object({ kind: z.literal('list') }),
    z.object({ kind: z.literal('password'), username, passwordHash: z.string().startsWith('$argon2') }),
    z.object({ kind: z.enum(['disable', 'enable']), username }),
  ]),
})

export type AdminSocket = { close: () => Promise<void> }

export async function serveAdmin(options: {
  dataDir: string
  sql: Sql
  backup?: () => Promise<Uint8Array>
  logger: Logger
}): Promise<AdminSocket> {
  const app = new Hono()
    .post('/command', async (c) => {
      const parsed = command.safeParse(await c.req.json().catch(() => undefined))
      if (!parsed.success) throw new Refusal(400, { vi: 'Lệnh không hợp lệ.', en: 'Not a valid command.' })
      const result = await runCommand(options.sql, parsed.data.command, { user: parsed.data.user, via: 'admin socket' })
      options.logger.info({ command: parsed.data.command.kind, by: parsed.data.user, ok: result.ok }, 'admin command')
      return c.json(result)
    })
    .get('/backup', async (c) => {
      if (!options.backup)
        throw new Refusal(409, {
          vi: 'Cổng thông tin dùng PostgreSQL: hãy sao lưu bằng pg_dump.',
          en: 'The portal runs on PostgreSQL: back it up with pg_dump.',
        })
      const archive = await options.backup()
      options.logger.info({ bytes: archive.length }, 'backup taken')
      return c.body(archive as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'application/gzip' })
    })
  app.onError((error, c) => {
    if (error instanceof Refusal) return c.json(refusalBody(error.bilingual), error.status)
    options.logger.error({ err: error }, 'admin command failed')
    return c.json(refusalBody({ vi: 'Lệnh thất bại (xem nhật ký).', en: 'The command failed (see the log).' }), 500)
  })
  const socketPath = adminSocketPath(options.dataDir)
  fs.mkdirSync(path.dirname(socketPath), { recursive: true, mode: 0o700 })
  fs.chmodSync(path.dirname(socketPath), 0o700)
  const server = createServer(getRequestListener(app.fetch))
  await listenOwnerOnly(server, socketPath)
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
