import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'

/**
 * Pins this machine's PostgreSQL server (the postmaster and every backend it forks) to one core for
 * the load benchmark, and answers the function that gives it every core back. Does nothing where
 * that is not allowed (not root, no local server).
 */
export function pinPostgres(core: number): () => void {
  const pidFiles = fs.existsSync('/var/run/postgresql')
    ? fs.readdirSync('/var/run/postgresql').filter((name) => name.endsWith('.pid'))
    : []
  if (process.getuid?.() !== 0 || pidFiles.length === 0 || !fs.existsSync('/usr/bin/taskset')) return () => {}
  const processes = () => execFileSync('pgrep', ['-u', 'postgres'], { encoding: 'utf8' }).split('\n').filter(Boolean)
  const pin = (cores: string) => {
    for (const pid of processes()) {
      try {
        execFileSync('taskset', ['-a', '-p', '-c', cores, pid], { stdio: 'ignore' })
      } catch {
        // a backend that ended meanwhile
      }
    }
  }
  pin(String(core))
  return () => pin(`0-${os.cpus().length - 1}`)
}
