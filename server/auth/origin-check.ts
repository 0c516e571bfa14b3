import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { SessionOptions } from '../env'
import { Refusal } from '../message'
import { sessionCookie } from './caller'

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

const crossSite = new Refusal(403, {
  vi: 'Đã từ chối yêu cầu từ trang khác: thao tác này phải được thực hiện từ chính cổng thông tin.',
  en: 'Cross-site request refused: this action must come from the portal itself.',
})

/** The host the browser asked for: the Host header, or the proxy's X-Forwarded-Host when TRUST_PROXY is set. */
function requestedHost(header: (name: string) => string | undefined, trustProxy: boolean): string | undefined {
  const forwarded = trustProxy ? header('x-forwarded-host')?.split(',')[0]?.trim() : undefined
  return (forwarded || header('host'))?.toLowerCase()
}

/**
 * Refuses requests that another site could make in the user's name. With PUBLIC_ORIGIN set, the
 * portal answers only at that host (a request naming another, as after DNS rebinding, is refused
 * whatever its method), and state-changing requests must come from that origin: the request's own
 * Host no longer vouches for itself (issue #9: `Host: evil.example` with `Origin:
 * http://evil.example` passed). Without it, the Origin must be the request's own; when a browser
 * sends no Origin, its Sec-Fetch-Site must say same-origin. The session cookie is SameSite=Strict.
 * A request that proves who it is with a bearer token and no session cookie needs no Origin (issue
 * #13 §4): no browser attaches a token on its own, so another site cannot make one in the user's name.
 */
export function originCheck(options: Pick<SessionOptions, 'publicOrigin' | 'trustProxy'>): MiddlewareHandler {
  const publicHost = options.publicOrigin ? new URL(options.publicOrigin).host.toLowerCase() : undefined
  return async (c, next) => {
    if (publicHost && requestedHost((name) => c.req.header(name), options.trustProxy) !== publicHost)
      throw new Refusal(403, {
        vi: `Cổng thông tin chỉ trả lời tại ${options.publicOrigin}.`,
        en: `The portal answers only at ${options.publicOrigin}.`,
      })
    const bearerOnly = /^Bearer /i.test(c.req.header('authorization') ?? '') && !getCookie(c, sessionCookie)
    if (unsafe.has(c.req.method) && !bearerOnly) {
      const origin = c.req.header('origin')
      const own = options.publicOrigin ?? new URL(c.req.url).origin
      const allowed = origin ? origin === own : c.req.header('sec-fetch-site') === 'same-origin'
      if (!allowed) throw crossSite
    }
    await next()
  }
}
