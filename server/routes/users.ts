import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import { requireAction, roles } from '../access'
import { hashPassword, passwordProblem } from '../auth/password'
import type { Sql } from '../db'
import type { PortalEnv } from '../portal-env'
import { accountById, createAccount, listAccounts, setPassword, updateAccount } from '../sql/accounts'
import { audit } from '../sql/audit'
import { revokeAccountSessions } from '../sql/sessions'
import { validate } from './validate'

const roleList = z
  .array(z.enum(roles, { message: 'must be planner, border or admin' }))
  .max(3)
  .transform((list) => [...new Set(list)])
const username = z
  .string({ message: 'is required' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'must be 3–40 letters, digits, dots, dashes or underscores')
const displayName = z.string().trim().max(100, 'is too long').nullable()
const password = z.string({ message: 'is required' }).max(500, 'is too long')
const idParam = z.object({
  id: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .positive('must be positive')
    .max(2_147_483_647, 'is too large'),
})

/** Account management for admins. Runs as the database owner; the policy is asked first, every change audited. */
export function userRoutes(sql: Sql) {
  return new Hono<PortalEnv>()
    .get('/', async (c) => {
      requireAction(c.var.caller, 'users:manage')
      return c.json(await listAccounts(sql))
    })
    .post(
      '/',
      validate('json', z.object({ username, displayName: displayName.optional(), roles: roleList, password })),
      async (c) => {
        requireAction(c.var.caller, 'users:manage')
        const body = c.req.valid('json')
        const problem = passwordProblem(body.password, body.username)
        if (problem) throw new HTTPException(400, { message: problem })
        const id = await createAccount(sql, {
          username: body.username,
          displayName: body.displayName ?? null,
          roles: body.roles,
          passwordHash: await hashPassword(body.password),
        })
        if (id === undefined) throw new HTTPException(400, { message: `The username ${body.username} is taken.` })
        await audit(sql, c.var.caller, {
          action: 'account created',
          target: body.username,
          detail: { roles: body.roles },
        })
        return c.json({ id }, 201)
      },
    )
    .patch(
      '/:id',
      validate('param', idParam),
      validate(
        'json',
        z.object({
          roles: roleList.optional(),
          disabled: z.boolean({ message: 'must be true or false' }).optional(),
          displayName: displayName.optional(),
        }),
      ),
      async (c) => {
        const admin = requireAction(c.var.caller, 'users:manage')
        const { id } = c.req.valid('param')
        const change = c.req.valid('json')
        // An admin cannot lock themselves out (the last way back in would be the command line).
        if (id === admin.id && (change.disabled === true || (change.roles && !change.roles.includes('admin')))) {
          throw new HTTPException(400, {
            message: 'You cannot disable your own account or remove your own admin role.',
          })
        }
        const before = await accountById(sql, id)
        if (!before || !(await updateAccount(sql, id, change)))
          throw new HTTPException(404, { message: `No account with id ${id}` })
        // New roles or a disabled account take effect at once: its sessions end.
        if (change.roles || change.disabled) await revokeAccountSessions(sql, id)
        await audit(sql, c.var.caller, {
          action: 'account changed',
          target: before.username,
          detail: { before: { roles: before.roles, disabled: before.disabled }, change },
        })
        return c.json({ changed: true })
      },
    )
    .post('/:id/password', validate('param', idParam), validate('json', z.object({ password })), async (c) => {
      requireAction(c.var.caller, 'users:manage')
      const { id } = c.req.valid('param')
      const account = await accountById(sql, id)
      if (!account) throw new HTTPException(404, { message: `No account with id ${id}` })
      const problem = passwordProblem(c.req.valid('json').password, account.username)
      if (problem) throw new HTTPException(400, { message: problem })
      await setPassword(sql, id, await hashPassword(c.req.valid('json').password))
      await revokeAccountSessions(sql, id)
      await audit(sql, c.var.caller, { action: 'password reset', target: account.username })
      return c.json({ reset: true })
    })
}
