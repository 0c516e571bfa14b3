import fs from 'node:fs'
import path from 'node:path'

/**
 * PGlite's files must never be opened by two processes at once (that corrupts them), so the data
 * folder carries a lock file with the owner's pid; a stale lock (dead pid) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true })
  const lockPath = path.join(dataDir, 'portal.lock')
  const owner = readLockOwner(lockPath)
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${owner} (a running portal?). ` +
        'Stop that process first, or point DATABASE_URL at a PostgreSQL server.',
    )
  }
  fs.writeFileSync(lockPath, String(process.pid))
  return () => {
    if (readLockOwner(lockPath) === process.pid) fs.rmSync(lockPath, { force: true })
  }
}

function readLockOwner(lockPath: string): number | undefined {
  if (!fs.existsSync(lockPath)) return undefined
  const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10)
  return Number.isFinite(pid) ? pid : undefined
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
