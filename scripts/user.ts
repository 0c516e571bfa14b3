// npm run user:add -- --username lan --role planner [--role border] [--name "Nguyễn Thị Lan"]
// npm run user:list | user:password -- --username lan | user:disable -- --username lan | user:enable -- …
// Account commands. While the portal runs on the embedded database they go through its
// administration socket; otherwise to the configured database (created if it does not exist yet).
// The password is asked for (hidden) on a terminal, or read from the first line of stdin.
import os from 'node:os'
import { parseArgs } from 'node:util'
import { type Role, roles } from '../server/access'
import type { AdminCommand } from '../server/admin/commands'
import { hashPassword, passwordProblem } from '../server/auth/password'
import { parseEnv } from '../server/env'
import { runTool, say, sendCommand } from './command-line'
import { readPassword } from './read-password'

const usage = `usage: npm run user:add -- --username NAME --role planner|border|admin [--role …] [--name "Display name"]
       npm run user:list
       npm run user:password -- --username NAME
       npm run user:disable -- --username NAME
       npm run user:enable -- --username NAME`

async function main() {
  const [kind, ...rest] = process.argv.slice(2)
  const { values } = parseArgs({
    args: rest,
    options: { username: { type: 'string' }, role: { type: 'string', multiple: true }, name: { type: 'string' } },
    strict: true,
  })
  const env = parseEnv()
  const command = await commandFor(kind, values)
  const result = await sendCommand(env, command, os.userInfo().username)
  if (!result.ok) throw new Error(say(result.message))
  if (command.kind === 'list') {
    for (const account of result.accounts ?? []) {
      const state = account.disabled ? ' (disabled)' : ''
      console.log(`${account.username}\t${account.roles.join(',')}\t${account.displayName ?? ''}${state}`)
    }
    return
  }
  console.log(`${say(result.message)} (${result.where})`)
}

async function commandFor(
  kind: string | undefined,
  values: { username?: string; role?: string[]; name?: string },
): Promise<AdminCommand> {
  if (kind === 'list') return { kind: 'list' }
  const username = values.username?.trim().toLowerCase() ?? ''
  if (!/^[a-z0-9][a-z0-9._-]{2,39}$/.test(username))
    throw new Error(`--username must be 3–40 letters, digits, dots, dashes or underscores.\n${usage}`)
  if (kind === 'disable' || kind === 'enable') return { kind, username }
  if (kind !== 'add' && kind !== 'password') throw new Error(usage)
  const chosen = [...new Set(values.role ?? [])]
  const unknown = chosen.filter((role) => !roles.includes(role as Role))
  if (kind === 'add' && (chosen.length === 0 || unknown.length > 0))
    throw new Error(
      `--role must be planner, border or admin${unknown.length ? ` (not ${unknown.join(', ')})` : ''}.\n${usage}`,
    )
  const password = await readPassword(`Password for ${username}: `)
  const problem = passwordProblem(password, username)
  if (problem) throw new Error(say(problem))
  const passwordHash = await hashPassword(password)
  if (kind === 'password') return { kind, username, passwordHash }
  return { kind, username, displayName: values.name ?? null, roles: chosen as Role[], passwordHash }
}

runTool(main)
