// npm run user:add -- --username lan --role planner [--role border] [--name "Nguyễn Thị Lan"]
// Creates an account in the configured database (DATABASE_URL, or the embedded one, which is created
// if it does not exist yet; a running portal holding it makes this refuse rather than corrupt it).
// The password is asked for (hidden) on a terminal, or read from the first line of stdin.
import os from 'node:os'
import { parseArgs } from 'node:util'
import { type Role, roles } from '../server/access'
import { hashPassword, passwordProblem } from '../server/auth/password'
import { connectConfigured, type Sql } from '../server/db'
import { parseEnv } from '../server/env'
import { createAccount } from '../server/sql/accounts'
import { audit } from '../server/sql/audit'
import { migrate } from '../server/sql/migrations'
import { readPassword } from './read-password'

const usage =
  'usage: npm run user:add -- --username NAME --role planner|border|admin [--role …] [--name "Display name"]'

async function main() {
  const { values } = parseArgs({
    options: { username: { type: 'string' }, role: { type: 'string', multiple: true }, name: { type: 'string' } },
    strict: true,
  })
  const username = values.username?.trim().toLowerCase() ?? ''
  if (!/^[a-z0-9][a-z0-9._-]{2,39}$/.test(username))
    throw new Error(`--username must be 3–40 letters, digits, dots, dashes or underscores.\n${usage}`)
  const chosen = [...new Set(values.role ?? [])]
  const unknown = chosen.filter((role) => !roles.includes(role as Role))
  if (chosen.length === 0 || unknown.length > 0)
    throw new Error(
      `--role must be planner, border or admin${unknown.length ? ` (not ${unknown.join(', ')})` : ''}.\n${usage}`,
    )
  const password = await readPassword(`Password for ${username}: `)
  const problem = passwordProblem(password, username)
  if (problem) throw new Error(problem.en)

  const database = await connectConfigured(parseEnv())
  try {
    await migrate(database.sql)
    const passwordHash = await hashPassword(password)
    // The account and its audit entry together, as in the web app; the actor is the machine's
    // user at the command line (there is no portal account behind it).
    const id = await database.sql.begin(async (transaction) => {
      const tx = transaction as unknown as Sql
      const created = await createAccount(tx, {
        username,
        displayName: values.name ?? null,
        roles: chosen as Role[],
        passwordHash,
      })
      if (created !== undefined)
        await audit(
          tx,
          { account: null, address: 'command line' },
          { action: 'account created', target: username, detail: { roles: chosen, by: os.userInfo().username } },
        )
      return created
    })
    if (id === undefined) throw new Error(`The username ${username} is taken.`)
    console.log(`Created ${username} (${chosen.join(', ')}) in the ${database.kind} database.`)
  } finally {
    await database.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
