import { Hono, type MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { z } from 'zod'
import { may, signInFirst } from '../access'
import { isHttps, newToken, sessionCookie, tokenHash } from '../auth/caller'
import { deviceOf } from '../auth/device'
import { checkPassword, hashPassword, passwordProblem } from '../auth/password'
import type { Sql } from '../db'
import type { SessionOptions } from '../env'
import { Refusal } from '../message'
import type { PortalEnv } from '../portal-env'
import { accountById, accountByUsername, setPassword } from '../sql/accounts'
import { audit } from '../sql/audit'
import { createSession, endSession, liveSessions, revokeAccountSessions, revokeSession } from '../sql/sessions'
import { attemptSucceeded, countAttempt } from '../sql/throttle'
import { phrase, says } from './schema-words'
import { uuidParam, validate } from './validate'

// Password attempts allowed before the waits start growing: per account name, and per address (an
// office behind one address shares it, hence more). Sign-ins and password changes share them.
const freeAttempts = { account: 5, address: 20 }
const throttleKeys = (username: string, address: string) => ({
  account: { key: `account:${username}`, free: freeAttempts.account },
  address: { key: `address:${address}`, free: freeAttempts.address },
})
const wrongCredentials = { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' }
const wrongCurrent = { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' }
const tooMany = (wait: number) =>
  new Refusal(
    429,
    {
      vi: `Nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau ${wait} giây.`,
      en: `Too many wrong passwords. Try again in ${wait} seconds.`,
    },
    { 'Retry-After': String(wait) },
  )

/**
 * Counts a password attempt before the password is checked (sql/throttle.ts): the address first,
 * then the account; throws the 429 when either must wait.
 */
async function throttle(sql: Sql, username: string, address: string) {
  const keys = throttleKeys(username, address)
  const wait = await countAttempt(sql, [keys.address, keys.account])
  if (wait > 0) throw tooMany(wait)
  return () => attemptSucceeded(sql, keys.account.key, keys.address)
}

const loginBody = z.object({
  username: z
    .string(says(phrase.required))
    .trim()
    .toLowerCase()
    .min(1, says(phrase.required))
    .max(100, says(phrase.tooLong)),
  password: z.string(says(phrase.required)).min(1, says(phrase.required)).max(500, says(phrase.tooLong)),
})
const passwordBody = z.object({
  current: z.string(says(phrase.required)).min(1, says(phrase.required)).max(500, says(phrase.tooLong)),
  next: z.string(says(phrase.required)).max(500, says(phrase.tooLong)),
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
      allocate: may(caller, 'allocation:plan'),
      manageUsers: may(caller, 'users:manage'),
      readAudit: may(caller, 'audit:read'),
      importValues: may(caller, 'values:import'),
      editSettings: may(caller, 'settings:edit'),
    },
  }
}

/** The signed-in account, or the 401. */
function signedIn(caller: PortalEnv['Variables']['caller']) {
  if (!caller.account) throw new Refusal(401, signInFirst)
  return caller.account
}

/** Asks for a session before anything else of the route runs (validation included). */
const needsSession: MiddlewareHandler<PortalEnv> = async (c, next) => {
  signedIn(c.var.caller)
  await next()
}

/** The SHA-256 of this request's session token ('' without one), to tell "this session" apart. */
const currentTokenHash = (token: string | undefined) => (token ? tokenHash(token) : '')

/**
 * Sign-in, sign-out, who am I, change my password, and "my sessions" (issue #9: where the account
 * is signed in, and a way to end any of it). Runs as the database owner (accounts live in `auth`).
 */
export function authRoutes(sql: Sql, options: SessionOptions) {
  return new Hono<PortalEnv>()
    .post('/login', validate('json', loginBody), async (c) => {
      const { username, password } = c.req.valid('json')
      const caller = c.var.caller
      const succeeded = await throttle(sql, username, caller.address)
      const account = await accountByUsername(sql, username)
      const ok = await checkPassword(account?.passwordHash ?? null, password)
      if (!account || !ok || account.disabled) {
        await audit(sql, caller, { action: 'sign-in failed', target: username })
        throw new Refusal(401, wrongCredentials)
      }
      await succeeded()
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
      // Every anonymous visit asks who it is: "nobody" is an answer (200), not a refusal, so that
      // the public's browsers log no error for it (issue 10 §5).
      if (!account) return c.json({ account: null })
      return c.json(profile(account, c.var.caller))
    })
    .post('/password', validate('json', passwordBody), async (c) => {
      const caller = c.var.caller
      if (!caller.account) throw new Refusal(401, signInFirst)
      const { current, next } = c.req.valid('json')
      const { username } = caller.account
      // The new password is judged first, so that no answer depends on whether `current` was right
      // unless the password then changes: a stolen session cannot test guesses quietly (issue #9).
      const problem = passwordProblem(next, username)
      if (problem) throw new Refusal(400, problem)
      const succeeded = await throttle(sql, username, caller.address)
      const stored = await accountById(sql, caller.account.id)
      if (!stored || !(await checkPassword(stored.passwordHash, current))) {
        await audit(sql, caller, { action: 'password change failed', target: username })
        throw new Refusal(400, wrongCurrent)
      }
      await succeeded()
      await setPassword(sql, stored.id, await hashPassword(next))
      const token = getCookie(c, sessionCookie)
      await revokeAccountSessions(sql, stored.id, token ? tokenHash(token) : undefined)
      await audit(sql, caller, { action: 'password changed', target: stored.username })
      return c.json({ changed: true })
    })
    .get('/sessions', async (c) => {
      const account = signedIn(c.var.caller)
      const sessions = await liveSessions(sql, {
        accountId: account.id,
        currentTokenHash: currentTokenHash(getCookie(c, sessionCookie)),
        idleMinutes: options.idleMinutes,
      })
      const described = sessions.map((session) => ({ ...session, device: deviceOf(session.userAgent) }))
      return c.json(described, 200, { 'cache-control': 'no-store' })
    })
    .delete('/sessions/:id', needsSession, validate('param', uuidParam), async (c) => {
      const account = signedIn(c.var.caller)
      const { id } = c.req.valid('param')
      const ended = await sql.begin(async (tx) => {
        const session = await endSession(tx as unknown as Sql, {
          accountId: account.id,
          id,
          currentTokenHash: currentTokenHash(getCookie(c, sessionCookie)),
        })
        if (session)
          await audit(tx as unknown as Sql, c.var.caller, {
            action: 'session ended',
            target: account.username,
            detail: { device: deviceOf(session.userAgent), address: session.address, current: session.current },
          })
        return session
      })
      if (!ended)
        throw new Refusal(404, {
          vi: 'Tài khoản của bạn không có phiên đăng nhập nào như vậy (có thể đã kết thúc).',
          en: 'Your account has no such session (it may have ended already).',
        })
      if (ended.current) deleteCookie(c, sessionCookie, { path: '/' })
      return c.json({ ended: true, current: ended.current })
    })
}
