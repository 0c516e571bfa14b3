import type { MiddlewareHandler } from 'hono'
import { Refusal } from '../message'
import type { PortalEnv } from '../portal-env'

// Neither sessions nor tokens can be managed with a token (issue #13 §4): a token leaked from a
// script's configuration must not be able to mint its own successor, end the owner's sessions,
// revoke the tokens that would reveal it, or change the password. The account routes answer a
// token only who it is (GET /api/auth/me, which QGIS users may use to check their token).

const tokenMayAsk = (method: string, path: string) => method === 'GET' && path === '/api/auth/me'

export const sessionOnly: MiddlewareHandler<PortalEnv> = async (c, next) => {
  if (c.var.credential === 'token' && !tokenMayAsk(c.req.method, c.req.path))
    throw new Refusal(403, {
      vi: 'Mã truy cập (token) không dùng được để đăng nhập, đổi mật khẩu hay quản lý phiên đăng nhập và mã truy cập: hãy làm việc này trong trình duyệt, sau khi đăng nhập.',
      en: 'An access token cannot sign in, change the password or manage sign-ins and tokens: do this in the browser, signed in.',
    })
  await next()
}
