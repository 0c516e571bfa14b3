import type { Context, MiddlewareHandler } from 'hono'
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

/**
 * allow(action), except for the requests `open` names, which everyone may make (a route that
 * answers public and restricted questions alike). Still asked before validation: a request that is
 * not plainly an open one needs the role, so a caller without it learns nothing either.
 */
export function allowUnless(action: Action, open: (c: Context<PortalEnv>) => boolean): MiddlewareHandler<PortalEnv> {
  return async (c, next) => {
    if (!open(c)) requireAction(c.var.caller, action)
    await next()
  }
}
