import { Hono } from 'hono'
import { z } from 'zod'
import { allow } from '../auth/allow'
import type { PortalEnv } from '../portal-env'
import { planScoreboard } from '../sql/targets'
import { planningYear } from './ranking-query'
import { validate } from './validate'

/** The plan's scoreboard: every target with the province's figures and status (planner and admin roles). */
export function targetRoutes() {
  return new Hono<PortalEnv>().get(
    '/',
    allow('planner:tools'),
    validate('query', z.object({ year: planningYear.optional() })),
    async (c) => c.json(await planScoreboard(c.var.sql, c.req.valid('query'))),
  )
}
