import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

// PostgreSQL clusters of the test's own (a primary and a streaming replica made with
// pg_basebackup), so that the tests of several portal processes and of a read replica can stop,
// pause and restart them without touching the machine's server. Needs Debian's PostgreSQL binaries
// and root (the clusters run as the user postgres).

const versions = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql') : []
const binaries = versions[0] ? `/usr/lib/postgresql/${versions[0]}/bin` : ''
export const clustersPossible =
  process.getuid?.() === 0 && binaries !== '' && fs.existsSync(path.join(binaries, 'pg_basebackup'))

export type Cluster = {
  port: number
  folder: string
  url: (database: string) => string
  stop: () => void
  remove: () => void
}

const asPostgres = (command: string, args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', path.join(binaries, command), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  })

/** A free TCP port on the loopback address. */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

function newFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cluster-'))
  fs.chmodSync(folder, 0o700)
  execFileSync('chown', ['postgres:postgres', folder])
  return folder
}

function start(folder: string, port: number): Cluster {
  fs.appendFileSync(
    path.join(folder, 'postgresql.auto.conf'),
    `port = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${folder}'\n`,
  )
  asPostgres('pg_ctl', ['-D', folder, '-l', path.join(folder, 'server.log'), '-w', 'start'])
  return {
    port,
    folder,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      asPostgres('pg_ctl', ['-D', folder, '-m', 'fast', '-w', 'stop'])
    },
    remove: () => {
      try {
        asPostgres('pg_ctl', ['-D', folder, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // already stopped
      }
      fs.rmSync(folder, { recursive: true, force: true })
    },
  }
}

/** A new primary with replication allowed from the loopback address. */
export async function primaryCluster(): Promise<Cluster> {
  const folder = newFolder()
  asPostgres('initdb', ['-D', folder, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8'])
  fs.appendFileSync(path.join(folder, 'pg_hba.conf'), 'host replication all 127.0.0.1/32 trust\n')
  fs.appendFileSync(path.join(folder, 'postgresql.conf'), 'wal_level = replica\nmax_wal_senders = 5\nfsync = off\n')
  return start(folder, await freePort())
}

/** A streaming replica of the primary (hot standby). */
export async function replicaCluster(primary: Cluster): Promise<Cluster> {
  const folder = newFolder()
  asPostgres('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    folder,
    '-R',
    '-X',
    'stream',
    // A fast checkpoint: the default spreads it over minutes.
    '-c',
    'fast',
  ])
  return start(folder, await freePort())
}
