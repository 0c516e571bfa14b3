import { askPortal } from '../server/admin/client'
import { type AdminCommand, type CommandResult, runCommand } from '../server/admin/commands'
import { connectConfigured, maintenanceLimits } from '../server/db'
import type { Env } from '../server/env'
import type { Message } from '../server/message'
import { migrate } from '../server/sql/migrations'

// What the command-line tools share: the language they speak (Vietnamese when the machine's locale
// is Vietnamese, else English), and how an account command reaches the database: through the
// running portal's administration socket (the embedded database has one session and one owner), or
// directly when no portal runs or the database is PostgreSQL.

export const language: keyof Message = /^vi/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'vi' : 'en'
export const say = (message: Message) => message[language]

export async function sendCommand(
  env: Env,
  command: AdminCommand,
  user: string,
): Promise<CommandResult & { where: string }> {
  if (!env.databaseUrl) {
    const answer = await askPortal(env.dataDir, 'POST', '/command', { user, command })
    if (answer) {
      const body = JSON.parse(answer.body.toString('utf8')) as CommandResult & { error?: string; message: Message }
      if (answer.status !== 200) return { ok: false, message: body.message, where: 'the running portal' }
      return { ...body, where: 'the running portal' }
    }
  }
  const database = await connectConfigured(env, { limits: maintenanceLimits })
  try {
    await migrate(database.sql)
    const result = await runCommand(database.sql, command, { user, via: 'database' })
    return { ...result, where: `the ${database.kind} database` }
  } finally {
    await database.close()
  }
}

/** Ends a command-line tool: its message on stderr and exit code 1 on any failure. */
export function runTool(main: () => Promise<void>) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
