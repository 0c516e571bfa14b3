import type { MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Refuses state-changing requests that another site could make in the user's name: the browser's
 * Origin must be this portal's (or PUBLIC_ORIGIN), or, when a browser sends no Origin, its
 * Sec-Fetch-Site must say same-origin. The session cookie is SameSite=Strict as well.
 */
export function originCheck(publicOrigin: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (unsafe.has(c.req.method)) {
      const origin = c.req.header('origin')
      const own = new URL(c.req.url).origin
      const allowed = origin
        ? origin === own || origin === publicOrigin
        : c.req.header('sec-fetch-site') === 'same-origin'
      if (!allowed)
        throw new HTTPException(403, {
          message: 'Cross-site request refused: this action must come from the portal itself.',
        })
    }
    await next()
  }
}
