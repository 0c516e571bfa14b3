import fs from 'node:fs'
import type { Server } from 'node:net'

/**
 * Listens on a Unix socket that only this process's user may open (0600): the embedded database's
 * socket and the administration socket. A socket file left by a process that was killed is removed
 * first (the caller holds the data folder's lock, so no live process owns it).
 */
export async function listenOwnerOnly(server: Server, socketPath: string): Promise<void> {
  fs.rmSync(socketPath, { force: true })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(socketPath, () => resolve())
  })
  fs.chmodSync(socketPath, 0o600)
}
