import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'

// Issue #14, section 0: a clone alone starts the portal. The project's files (those git tracks,
// and new ones it does not ignore: what a clone gets once they are committed) are copied into a
// temporary folder with nothing beside it (no ../shared), node_modules is linked, and
// server/main.ts starts there on a fresh embedded database, with no network and no GEODATA_DIR.
// It runs once, on the embedded default: the DATABASE_URL pass loads the same package in its setup.

const root = fileURLToPath(new URL('../..', import.meta.url))
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-clone-'))
const clone = path.join(temporary, 'portal')
let portal: ChildProcess | undefined

afterAll(async () => {
  if (portal && portal.exitCode === null) {
    const exited = new Promise((resolve) => portal!.once('exit', resolve))
    portal.kill('SIGTERM')
    const timer = setTimeout(() => portal!.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
  fs.rmSync(temporary, { recursive: true, force: true })
})

function copyProject() {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root })
  for (const file of listed.toString().split('\0').filter(Boolean)) {
    const from = path.join(root, file)
    // Deleted in the working tree but not yet committed: a clone would not have it either.
    if (!fs.existsSync(from) || !fs.statSync(from).isFile()) continue
    fs.mkdirSync(path.dirname(path.join(clone, file)), { recursive: true })
    fs.copyFileSync(from, path.join(clone, file))
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(clone, 'node_modules'))
}

/** Starts server/main.ts in the clone and resolves with its printed address and everything it wrote. */
function start(): Promise<{ url: string; output: () => string }> {
  let output = ''
  portal = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: clone,
    // Only what any machine has: no DATABASE_URL, no GEODATA_DIR.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', PORTAL_DATA_DIR: path.join(temporary, 'data') },
  })
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const address = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)
      if (address) resolve({ url: address[0], output: () => output })
    }
    portal!.stdout!.on('data', read)
    portal!.stderr!.on('data', read)
    portal!.once('exit', (code) => reject(new Error(`the portal exited with ${code}:\n${output}`)))
  })
}

describe.skipIf(Boolean(process.env.DATABASE_URL))('a clone of the project, alone on a machine', () => {
  test('starts the portal from its own data package and serves the 65 communes', { timeout: 300_000 }, async () => {
    copyProject()
    expect(fs.existsSync(path.join(clone, '..', 'shared'))).toBe(false)
    const { url, output } = await start()
    expect(output()).toContain(`loading the data package from ${path.join(clone, 'geodata')}`)
    const answer = await fetch(`${url}api/units?level=commune&vintage=2025`)
    expect(answer.status).toBe(200)
    const communes = (await answer.json()) as { features: unknown[] }
    expect(communes.features).toHaveLength(65)
  })
})
