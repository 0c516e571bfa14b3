import type { Role } from '../access'
import type { Sql } from '../db'
import type { Message } from '../message'
import {
  type AccountSummary,
  accountByUsername,
  createAccount,
  listAccounts,
  setPassword,
  updateAccount,
} from '../sql/accounts'
import { audit } from '../sql/audit'
import { revokeAccountSessions } from '../sql/sessions'

// The account commands of the command line (npm run user:*), one home for both ways they run: over
// the running portal's administration socket (admin/socket.ts), or on the database directly when no
// portal holds it. The password arrives hashed: the plain text never leaves the command.

export type AdminCommand =
  | { kind: 'add'; username: string; displayName: string | null; roles: Role[]; passwordHash: string }
  | { kind: 'list' }
  | { kind: 'password'; username: string; passwordHash: string }
  | { kind: 'disable'; username: string }
  | { kind: 'enable'; username: string }

/** Who ran the command: the machine's user, as the audit log records it. */
export type Operator = { user: string; via: 'admin socket' | 'database' }

export type CommandResult = { ok: boolean; message: Message; accounts?: AccountSummary[] }

const commandLine = { account: null, address: 'command line' }

/** Runs one command in one transaction with its audit entry. */
export async function runCommand(sql: Sql, command: AdminCommand, operator: Operator): Promise<CommandResult> {
  if (command.kind === 'list') return { ok: true, message: { vi: '', en: '' }, accounts: await listAccounts(sql) }
  return sql.begin(async (transaction) => {
    const tx = transaction as unknown as Sql
    const by = { by: operator.user, via: operator.via }
    if (command.kind === 'add') {
      const id = await createAccount(tx, command)
      if (id === undefined) return refused(taken(command.username))
      await audit(tx, commandLine, {
        action: 'account created',
        target: command.username,
        detail: { roles: command.roles, ...by },
        restricted: command.roles.includes('border'),
      })
      return done({
        vi: `Đã tạo tài khoản ${command.username} (${command.roles.join(', ')}).`,
        en: `Created ${command.username} (${command.roles.join(', ')}).`,
      })
    }
    const account = await accountByUsername(tx, command.username)
    if (!account) return refused(noAccount(command.username))
    const restricted = account.roles.includes('border')
    if (command.kind === 'password') {
      await setPassword(tx, account.id, command.passwordHash)
      await revokeAccountSessions(tx, account.id)
      await audit(tx, commandLine, { action: 'password reset', target: account.username, detail: by, restricted })
      return done({
        vi: `Đã đặt mật khẩu mới cho ${account.username}; các phiên đăng nhập của tài khoản đã kết thúc.`,
        en: `Set a new password for ${account.username}; the account's sessions have ended.`,
      })
    }
    const disabled = command.kind === 'disable'
    await updateAccount(tx, account.id, { disabled })
    if (disabled) await revokeAccountSessions(tx, account.id)
    await audit(tx, commandLine, {
      action: 'account changed',
      target: account.username,
      detail: { change: { disabled }, ...by },
      restricted,
    })
    return done(
      disabled
        ? { vi: `Đã khóa tài khoản ${account.username}.`, en: `Disabled ${account.username}.` }
        : { vi: `Đã mở khóa tài khoản ${account.username}.`, en: `Enabled ${account.username}.` },
    )
  })
}

const done = (message: Message): CommandResult => ({ ok: true, message })
const refused = (message: Message): CommandResult => ({ ok: false, message })
const taken = (username: string): Message => ({
  vi: `Tên đăng nhập ${username} đã có người dùng.`,
  en: `The username ${username} is taken.`,
})
const noAccount = (username: string): Message => ({
  vi: `Không có tài khoản ${username}.`,
  en: `There is no account ${username}.`,
})
