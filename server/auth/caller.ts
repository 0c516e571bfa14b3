import { createHash, randomBytes } from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { Sql } from '../db'
import type { SessionOptions } from '../env'
import type { PortalEnv } from '../portal-env'
import { sessionAccount } from '../sql/sessions'
import { bearerAccount } from './bearer'

export const sessionCookie = 'portal_session'

export const newToken = () => randomBytes(32).toString('base64url')
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

/** The client's address: the socket's, or the proxy's X-Forwarded-For when TRUST_PROXY is set. */
export function clientAddress(c: Context, options: SessionOptions): string {
  if (options.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded.slice(0, 64)
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown' // requests made in-process (tests) have no socket
  }
}

/** Whether the browser reached us over HTTPS (then the session cookie is Secure). */
export function isHttps(c: Context, options: SessionOptions): boolean {
  if (options.publicOrigin) return options.publicOrigin.startsWith('https:')
  if (options.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') return true
  return new URL(c.req.url).protocol === 'https:'
}

/**
 * Who is calling: the account of a live session cookie, or of the personal access token in
 * `Authorization: Bearer …` (auth/bearer.ts, which refuses a request carrying both), or nobody
 * (the public). `credential` says which, for the routes a token may not use.
 */
export function identifyCaller(sql: Sql, options: SessionOptions): MiddlewareHandler<PortalEnv> {
  return async (c, next) => {
    const address = clientAddress(c, options)
    const token = getCookie(c, sessionCookie)
    const bearer = await bearerAccount(c, sql, { address, sessionCookie: token !== undefined })
    if (bearer) {
      c.set('caller', { account: bearer, address })
      c.set('credential', 'token')
      return next()
    }
    // A token we did not make (wrong length or alphabet) is ignored without a database look-up.
    const account =
      token && /^[A-Za-z0-9_-]{43}$/.test(token)
        ? await sessionAccount(sql, tokenHash(token), options.idleMinutes)
        : undefined
    c.set('caller', { account: account ?? null, address })
    if (account) c.set('credential', 'session')
    await next()
  }
}
