import { Hono } from 'hono'
import { z } from 'zod'
import { borderGuard, roles } from '../access'
import { allow } from '../auth/allow'
import { hashPassword, passwordProblem } from '../auth/password'
import type { Sql } from '../db'
import { Refusal } from '../message'
import type { PortalEnv } from '../portal-env'
import { accountById, createAccount, listAccounts, setPassword, updateAccount } from '../sql/accounts'
import { audit } from '../sql/audit'
import { revokeAccountSessions } from '../sql/sessions'
import { phrase, says } from './schema-words'
import { idParam, validate } from './validate'

const roleList = z
  .array(z.enum(roles, says(phrase.oneOf(roles))))
  .max(3)
  .transform((list) => [...new Set(list)])
const username = z
  .string(says(phrase.required))
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,39}$/,
    says({
      vi: 'phải gồm 3–40 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới',
      en: 'must be 3–40 letters, digits, dots, dashes or underscores',
    }),
  )
const displayName = z.string().trim().max(100, says(phrase.tooLong)).nullable()
const password = z.string(says(phrase.required)).max(500, says(phrase.tooLong))
const newAccount = z.object({ username, displayName: displayName.optional(), roles: roleList, password })
const accountChange = z.object({
  roles: roleList.optional(),
  disabled: z.boolean(says(phrase.trueOrFalse)).optional(),
  displayName: displayName.optional(),
})
const noAccount = (id: number) => ({ vi: `Không có tài khoản mã ${id}.`, en: `No account with id ${id}` })

/**
 * Account management for admins. Runs as the database owner (accounts live in `auth`), after the
 * policy; each change and its audit entry are written in one transaction.
 */
export function userRoutes(sql: Sql) {
  const inTransaction = <T>(work: (tx: Sql) => Promise<T>) =>
    sql.begin((tx) => work(tx as unknown as Sql)) as Promise<T>
  return new Hono<PortalEnv>()
    .use(allow('users:manage'))
    .get('/', async (c) => c.json(await listAccounts(sql)))
    .post('/', validate('json', newAccount), async (c) => {
      const body = c.req.valid('json')
      const restricted = borderGuard(c.var.caller, [], body.roles)
      const problem = passwordProblem(body.password, body.username)
      if (problem) throw new Refusal(400, problem)
      const passwordHash = await hashPassword(body.password)
      const id = await inTransaction(async (tx) => {
        const created = await createAccount(tx, {
          username: body.username,
          displayName: body.displayName ?? null,
          roles: body.roles,
          passwordHash,
        })
        if (created !== undefined)
          await audit(tx, c.var.caller, {
            action: 'account created',
            target: body.username,
            detail: { roles: body.roles },
            restricted,
          })
        return created
      })
      if (id === undefined)
        throw new Refusal(400, {
          vi: `Tên đăng nhập ${body.username} đã có người dùng.`,
          en: `The username ${body.username} is taken.`,
        })
      return c.json({ id }, 201)
    })
    .patch('/:id', validate('param', idParam), validate('json', accountChange), async (c) => {
      const admin = c.var.caller.account!
      const { id } = c.req.valid('param')
      const change = c.req.valid('json')
      // An admin cannot lock themselves out (the last way back in would be the command line).
      if (id === admin.id && (change.disabled === true || (change.roles && !change.roles.includes('admin')))) {
        throw new Refusal(400, {
          vi: 'Bạn không thể khóa tài khoản của chính mình hoặc bỏ vai trò quản trị của chính mình.',
          en: 'You cannot disable your own account or remove your own admin role.',
        })
      }
      borderGuard(c.var.caller, [], change.roles) // asking to grant border is refused before any look-up
      const changed = await inTransaction(async (tx) => {
        const before = await accountById(tx, id)
        if (!before) return false
        const restricted = borderGuard(c.var.caller, before.roles, change.roles)
        if (!(await updateAccount(tx, id, change))) return false
        // New roles or a disabled account take effect at once: its sessions end.
        if (change.roles || change.disabled) await revokeAccountSessions(tx, id)
        await audit(tx, c.var.caller, {
          action: 'account changed',
          target: before.username,
          detail: { before: { roles: before.roles, disabled: before.disabled }, change },
          restricted,
        })
        return true
      })
      if (!changed) throw new Refusal(404, noAccount(id))
      return c.json({ changed: true })
    })
    .post('/:id/password', validate('param', idParam), validate('json', z.object({ password })), async (c) => {
      const { id } = c.req.valid('param')
      const account = await accountById(sql, id)
      if (!account) throw new Refusal(404, noAccount(id))
      const restricted = borderGuard(c.var.caller, account.roles)
      const problem = passwordProblem(c.req.valid('json').password, account.username)
      if (problem) throw new Refusal(400, problem)
      const passwordHash = await hashPassword(c.req.valid('json').password)
      await inTransaction(async (tx) => {
        await setPassword(tx, id, passwordHash)
        await revokeAccountSessions(tx, id)
        await audit(tx, c.var.caller, { action: 'password reset', target: account.username, restricted })
      })
      return c.json({ reset: true })
    })
}
