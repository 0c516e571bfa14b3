import { randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import type { Account } from '../access'
import type { Sql } from '../db'
import { Refusal } from '../message'
import { tokenAccount } from '../sql/tokens'
import { tokenHash } from './caller'

// Personal access tokens in `Authorization: Bearer …` (issue #13 §4), for desktop GIS and scripts.
// The prefix tells a portal token apart from a session cookie and lets secret scanners find one
// pasted where it should not be; the rest is 32 random bytes, as for sessions.

export const tokenPrefix = 'lsp_'
const tokenPattern = /^lsp_[A-Za-z0-9_-]{43}$/
const bearerPattern = /^Bearer +(\S+) *$/i

export const newAccessToken = () => `${tokenPrefix}${randomBytes(32).toString('base64url')}`

// A refused token says how to get a working one; the answer never tells which rule refused it
// (unknown, revoked, expired, password changed, account locked).
const refusedToken = new Refusal(
  401,
  {
    vi: 'Mã truy cập (token) không hợp lệ, đã hết hạn hoặc đã bị thu hồi. Hãy tạo mã mới trong "Phiên đăng nhập và mã truy cập" của tài khoản.',
    en: 'The access token is not valid, has expired or was revoked. Create a new one under "My sign-ins and tokens" in the account menu.',
  },
  { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
)
const onlyBearer = new Refusal(
  401,
  {
    vi: 'Cổng thông tin chỉ nhận tiêu đề Authorization dạng "Bearer <mã truy cập>".',
    en: 'The portal accepts only an Authorization header of the form "Bearer <access token>".',
  },
  { 'WWW-Authenticate': 'Bearer' },
)
const cookieAndToken = new Refusal(400, {
  vi: 'Yêu cầu mang cả cookie phiên đăng nhập lẫn mã truy cập (token): hãy gửi chỉ một trong hai.',
  en: 'The request carries both a session cookie and an access token: send only one of them.',
})

/**
 * The account of the request's bearer token, or undefined when it carries no Authorization
 * header. A token that does not work is refused (401), not ignored: a script whose token expired
 * must learn it, not quietly get the public's answers. A request with both a session cookie and a
 * token is refused (400): it is either a mistake or someone mixing two identities.
 */
export async function bearerAccount(
  c: Context,
  sql: Sql,
  request: { address: string; sessionCookie: boolean },
): Promise<Account | undefined> {
  const header = c.req.header('authorization')
  if (header === undefined) return undefined
  if (request.sessionCookie) throw cookieAndToken
  const token = bearerPattern.exec(header)?.[1]
  if (!token) throw onlyBearer
  // A token we did not make (wrong prefix, length or alphabet) is refused without a database look-up.
  const account = tokenPattern.test(token) ? await tokenAccount(sql, tokenHash(token), request.address) : undefined
  if (!account) throw refusedToken
  return account
}
