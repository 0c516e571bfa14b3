import { Hono, type MiddlewareHandler } from 'hono'
import { z } from 'zod'
import { signInFirst } from '../access'
import { newAccessToken } from '../auth/bearer'
import { tokenHash } from '../auth/caller'
import type { Sql } from '../db'
import { Refusal } from '../message'
import type { PortalEnv } from '../portal-env'
import { audit } from '../sql/audit'
import { createToken, liveTokenCount, liveTokens, revokeToken } from '../sql/tokens'
import { phrase, says } from './schema-words'
import { uuidParam, validate } from './validate'

// Personal access tokens (issue #13 §4): a signed-in user makes, names, lists and revokes tokens
// for their own account. Only with a session: auth/session-only.ts refuses these routes to a token,
// so a leaked token cannot make itself a successor. A new token's text is answered once and never
// stored (only its SHA-256); audit entries name the token, never hold it.

/** Days a token lives: a quarter by default (a GIS project's season), a year at most. */
export const tokenDays = { default: 90, maximum: 365 } as const
/** Live tokens one account may hold: enough for every tool, not a store of forgotten secrets. */
export const maximumTokens = 20

const tokenBody = z.object({
  name: z
    .string(says(phrase.required))
    .trim()
    .min(1, says(phrase.required))
    .max(100, says(phrase.atMostCharacters('100'))),
  days: z
    .number(says({ vi: 'phải là số ngày', en: 'must be a number of days' }))
    .int(says(phrase.wholeNumber))
    .min(1, says(phrase.atLeast('1 day')))
    .max(tokenDays.maximum, says(phrase.atMost(`${tokenDays.maximum} days`)))
    .default(tokenDays.default),
})

const signedIn = (caller: PortalEnv['Variables']['caller']) => {
  if (!caller.account) throw new Refusal(401, signInFirst)
  return caller.account
}
const noStore = { 'cache-control': 'no-store' }

/** Asks for a signed-in caller before anything else of the route runs (validation included). */
const needsSession: MiddlewareHandler<PortalEnv> = async (c, next) => {
  signedIn(c.var.caller)
  await next()
}

export function tokenRoutes(sql: Sql) {
  return new Hono<PortalEnv>()
    .use(needsSession)
    .get('/', async (c) => {
      const account = signedIn(c.var.caller)
      return c.json(await liveTokens(sql, account.id), 200, noStore)
    })
    .post('/', validate('json', tokenBody), async (c) => {
      const account = signedIn(c.var.caller)
      const { name, days } = c.req.valid('json')
      const token = newAccessToken()
      const made = await sql.begin(async (tx) => {
        const scoped = tx as unknown as Sql
        // Counted in the transaction that adds, under a lock on the account's row: two requests at
        // once cannot both pass the cap.
        await scoped`select 1 from auth.account where id = ${account.id} for update`
        if ((await liveTokenCount(scoped, account.id)) >= maximumTokens)
          throw new Refusal(409, {
            vi: `Tài khoản đã có ${maximumTokens} mã truy cập còn hiệu lực: hãy thu hồi mã không dùng trước khi tạo mã mới.`,
            en: `The account already holds ${maximumTokens} live access tokens: revoke one you no longer use first.`,
          })
        const stored = await createToken(scoped, { tokenHash: tokenHash(token), accountId: account.id, name, days })
        await audit(scoped, c.var.caller, {
          action: 'token created',
          target: account.username,
          detail: { id: stored.id, name, expiresAt: stored.expiresAt },
        })
        return stored
      })
      return c.json({ ...made, name, token }, 201, noStore)
    })
    .delete('/:id', validate('param', uuidParam), async (c) => {
      const account = signedIn(c.var.caller)
      const { id } = c.req.valid('param')
      const revoked = await sql.begin(async (tx) => {
        const scoped = tx as unknown as Sql
        const token = await revokeToken(scoped, { accountId: account.id, id })
        if (token)
          await audit(scoped, c.var.caller, {
            action: 'token revoked',
            target: account.username,
            detail: { id, name: token.name },
          })
        return token
      })
      if (!revoked)
        throw new Refusal(404, {
          vi: 'Tài khoản của bạn không có mã truy cập nào như vậy (có thể đã bị thu hồi hoặc hết hạn).',
          en: 'Your account has no such access token (it may have been revoked or have expired).',
        })
      return c.json({ revoked: true })
    })
}
