import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// The portal as its users run it (node + tsx + server/main.ts) in a child process, for the tests
// that stop, kill or restart what it depends on. Its log is kept for the test's messages.

export type PortalProcess = {
  url: string
  child: ChildProcess
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  output: () => string
}

/** Starts the portal with these environment variables (PORT 0: any free port) and waits for its address. */
export async function startPortal(
  environment: Record<string, string>,
  options: { nodeArguments?: string[]; cwd?: string; timeoutMs?: number; wrapper?: string[] } = {},
): Promise<PortalProcess> {
  // A wrapper runs the portal through another command (the load benchmark's `taskset -c 0`).
  const [command, ...prefix] = [...(options.wrapper ?? []), process.execPath]
  const child = spawn(command!, [...prefix, '--import', 'tsx', ...(options.nodeArguments ?? []), 'server/main.ts'], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    log += chunk.toString('utf8')
  })
  child.stderr!.on('data', (chunk: Buffer) => {
    log += chunk.toString('utf8')
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const deadline = Date.now() + (options.timeoutMs ?? 180_000)
  for (;;) {
    const address = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(log)
    if (address) return { url: `http://127.0.0.1:${address[1]}`, child, exited, output: () => log }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`The portal did not start:\n${log.slice(-3000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** A fresh PORTAL_DATA_DIR holding the given embedded database archive (as npm run db:restore makes it). */
export function restoredDataDir(archive: string): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-data-'))
  runScript('scripts/restore.ts', ['--from', archive], { PORTAL_DATA_DIR: dataDir })
  return dataDir
}

/** Runs one of the project's scripts (npx tsx) and returns its exit status and output; throws on failure unless told. */
export function runScript(
  script: string,
  args: string[],
  environment: Record<string, string>,
  options: { input?: string; mayFail?: boolean } = {},
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...environment },
    timeout: 180_000,
  })
  const output = `${result.stdout}${result.stderr}`
  if (!options.mayFail && result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${output}`)
  return { status: result.status, output }
}
