import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { connectConfigured } from '../../server/db'
import { parseEnv } from '../../server/env'

// The command line that creates accounts (no default credentials ship), against a fresh embedded
// database in a temporary folder.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-user-add-'))
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

function addUser(args: string[], password: string, environment: Record<string, string> = {}) {
  // node itself (not npx): a command that runs over its time is ended whole, leaving no process
  // behind that holds the database. The first one creates the database: minutes on a busy machine.
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user.ts', 'add', ...args], {
    input: `${password}\n`,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', PORTAL_DATA_DIR: dataDir, ...environment },
    timeout: 280_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('npm run user:add', () => {
  test('creates an account on the embedded database, creating the database first, and refuses a taken name', {
    timeout: 600_000,
  }, () => {
    const first = addUser(['--username', 'lan', '--role', 'planner', '--role', 'border'], 'a good long password')
    expect(first).toMatchObject({
      status: 0,
      output: expect.stringContaining('Created lan (planner, border). (the embedded database)'),
    })
    const again = addUser(['--username', 'lan', '--role', 'admin'], 'another long password')
    expect(again).toMatchObject({ status: 1, output: expect.stringContaining('The username lan is taken.') })
  })

  test('the account it creates is in the audit log, once, with the roles and who ran the command', async () => {
    const database = await connectConfigured(parseEnv({ PORTAL_DATA_DIR: dataDir }))
    try {
      const events = await database.sql`
        select username, address, action, target, detail from audit.event where action = 'account created'`
      expect(events).toEqual([
        {
          username: null,
          address: 'command line',
          action: 'account created',
          target: 'lan',
          detail: { roles: ['planner', 'border'], by: os.userInfo().username, via: 'database' },
        },
      ])
    } finally {
      await database.close()
    }
  })

  test.each([
    [['--username', 'x', '--role', 'planner'], 'a good long password', '--username must be 3–40 letters'],
    [['--username', 'minh'], 'a good long password', '--role must be planner, border or admin'],
    [['--username', 'minh', '--role', 'root'], 'a good long password', '(not root)'],
    [['--username', 'minh', '--role', 'planner'], 'short', 'at least 10 characters'],
    // Issue 10 §5: the command shares the web's rule (server/auth/password.ts passwordProblem).
    [['--username', 'minh', '--role', 'planner'], '1234567890', 'one of the 100 most common passwords'],
  ])('%j is refused with a message', (args, password, message) => {
    const answer = addUser(args, password)
    expect(answer.status).toBe(1)
    expect(answer.output).toContain(message)
  })

  test('refuses when a process that does not answer on the administration socket holds the embedded database', () => {
    const held = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-held-'))
    fs.mkdirSync(path.join(held, 'db'))
    fs.writeFileSync(path.join(held, 'db', 'portal.lock'), String(process.pid))
    const answer = addUser(['--username', 'minh', '--role', 'planner'], 'a good long password', {
      PORTAL_DATA_DIR: held,
    })
    fs.rmSync(held, { recursive: true, force: true })
    expect(answer.status).toBe(1)
    expect(answer.output).toContain(`is in use by process ${process.pid}`)
  })
})
