import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import { may } from '../access'
import { isHttps, newToken, sessionCookie, tokenHash } from '../auth/caller'
import { checkPassword, hashPassword, passwordProblem } from '../auth/password'
import type { Sql } from '../db'
import type { SessionOptions } from '../env'
import type { PortalEnv } from '../portal-env'
import { accountById, accountByUsername, setPassword } from '../sql/accounts'
import { audit } from '../sql/audit'
import { createSession, revokeAccountSessions, revokeSession } from '../sql/sessions'
import { blockedSeconds, clearFailures, recordFailure } from '../sql/throttle'
import { validate } from './validate'

// Failures allowed before the waits start growing: per account name, and per address (an office
// behind one address shares it, hence more).
const freeFailures = { account: 5, address: 20 }
const wrongCredentials = 'Wrong username or password.'

const loginBody = z.object({
  username: z.string({ message: 'is required' }).trim().toLowerCase().min(1, 'is required').max(100, 'is too long'),
  password: z.string({ message: 'is required' }).min(1, 'is required').max(500, 'is too long'),
})
const passwordBody = z.object({
  current: z.string({ message: 'is required' }).min(1, 'is required').max(500, 'is too long'),
  next: z.string({ message: 'is required' }).max(500, 'is too long'),
})

/** What the web app needs to know about the signed-in user: who, and which tools to show. */
function profile(
  account: { id: number; username: string; displayName: string | null; roles: string[] },
  caller: PortalEnv['Variables']['caller'],
) {
  return {
    account: { id: account.id, username: account.username, displayName: account.displayName, roles: account.roles },
    can: {
      zones: may(caller, 'zones:read'),
      addZones: may(caller, 'zones:add'),
      zoneSettings: may(caller, 'zones:settings'),
      plannerTools: may(caller, 'planner:tools'),
      manageUsers: may(caller, 'users:manage'),
      readAudit: may(caller, 'audit:read'),
      importValues: may(caller, 'values:import'),
      editSettings: may(caller, 'settings:edit'),
    },
  }
}

/** Sign-in, sign-out, who am I, change my password. Runs as the database owner (accounts live in `auth`). */
export function authRoutes(sql: Sql, options: SessionOptions) {
  return new Hono<PortalEnv>()
    .post('/login', validate('json', loginBody), async (c) => {
      const { username, password } = c.req.valid('json')
      const caller = c.var.caller
      const keys = [`account:${username}`, `address:${caller.address}`]
      const wait = await blockedSeconds(sql, keys)
      if (wait > 0) {
        return c.json({ error: `Too many failed sign-ins. Try again in ${wait} seconds.` }, 429, {
          'Retry-After': String(wait),
        })
      }
      const account = await accountByUsername(sql, username)
      const ok = await checkPassword(account?.passwordHash ?? null, password)
      if (!account || !ok || account.disabled) {
        await recordFailure(sql, keys[0]!, freeFailures.account)
        await recordFailure(sql, keys[1]!, freeFailures.address)
        await audit(sql, caller, { action: 'sign-in failed', target: username })
        throw new HTTPException(401, { message: wrongCredentials })
      }
      await clearFailures(sql, keys[0]!)
      // A new session at every sign-in; the one the browser held before (if any) ends.
      const previous = getCookie(c, sessionCookie)
      if (previous) await revokeSession(sql, tokenHash(previous))
      const token = newToken()
      await createSession(sql, {
        tokenHash: tokenHash(token),
        accountId: account.id,
        hours: options.hours,
        address: caller.address,
        userAgent: c.req.header('user-agent') ?? '',
      })
      setCookie(c, sessionCookie, token, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: isHttps(c, options),
        path: '/',
        maxAge: Math.round(options.hours * 3600),
      })
      const signedIn = { account, address: caller.address }
      await audit(sql, signedIn, { action: 'sign-in' })
      return c.json(profile(account, signedIn))
    })
    .post('/logout', async (c) => {
      const token = getCookie(c, sessionCookie)
      if (token) await revokeSession(sql, tokenHash(token))
      if (c.var.caller.account) await audit(sql, c.var.caller, { action: 'sign-out' })
      deleteCookie(c, sessionCookie, { path: '/' })
      return c.json({ signedOut: true })
    })
    .get('/me', (c) => {
      const { account } = c.var.caller
      if (!account) throw new HTTPException(401, { message: 'Not signed in.' })
      return c.json(profile(account, c.var.caller))
    })
    .post('/password', validate('json', passwordBody), async (c) => {
      const caller = c.var.caller
      if (!caller.account) throw new HTTPException(401, { message: 'Sign in first.' })
      const { current, next } = c.req.valid('json')
      const stored = await accountById(sql, caller.account.id)
      if (!stored || !(await checkPassword(stored.passwordHash, current)))
        throw new HTTPException(400, { message: 'The current password is wrong.' })
      const problem = passwordProblem(next, stored.username)
      if (problem) throw new HTTPException(400, { message: problem })
      await setPassword(sql, stored.id, await hashPassword(next))
      const token = getCookie(c, sessionCookie)
      await revokeAccountSessions(sql, stored.id, token ? tokenHash(token) : undefined)
      await audit(sql, caller, { action: 'password changed', target: stored.username })
      return c.json({ changed: true })
    })
}
