import { randomUUID } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'
import { tokenPrefix } from './auth/bearer'
import type { Logger } from './log'
import type { PortalEnv } from './portal-env'

// A request id for every request, echoed in X-Request-Id (a proxy's own id is kept when it is
// plain), and one log line per API request: route, status, duration and the account's id.

const plainId = /^[A-Za-z0-9._:-]{1,64}$/

export function requestLog(logger: Logger): MiddlewareHandler<PortalEnv> {
  return async (c, next) => {
    const offered = c.req.header('x-request-id')
    // An access token is no request id, whoever sent it as one: it would be written to the log.
    const requestId = offered && plainId.test(offered) && !offered.startsWith(tokenPrefix) ? offered : randomUUID()
    c.set('requestId', requestId)
    const started = performance.now()
    await next()
    c.header('X-Request-Id', requestId)
    if (!c.req.path.startsWith('/api/') && !c.req.path.startsWith('/ogc') && c.res.status < 500) return
    const line = {
      requestId,
      method: c.req.method,
      route: handlerRoute(c),
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      account: c.var.caller?.account?.id ?? null,
    }
    if (c.res.status >= 500) logger.warn(line, 'request failed')
    else logger.info(line, 'request')
  }
}

/** The route pattern of the handler that answered (e.g. /api/units/:code), not the middleware's. */
function handlerRoute(c: Context): string {
  const handler = matchedRoutes(c).find((route) => route.method !== 'ALL')
  return handler?.path ?? c.req.path
}
