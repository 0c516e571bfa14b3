import type { MiddlewareHandler } from 'hono'
import { type Action, requireAction } from '../access'
import type { PortalEnv } from '../portal-env'

/**
 * Asks the access policy before anything else of the route runs (validation included), so a
 * caller without the role learns nothing from the answer, not even which parameters exist.
 */
export function allow(action: Action): MiddlewareHandler<PortalEnv> {
  return async (c, next) => {
    requireAction(c.var.caller, action)
    await next()
  }
}
