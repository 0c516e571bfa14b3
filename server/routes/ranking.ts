import { Hono } from 'hono'
import { allow } from '../auth/allow'
import { Refusal } from '../message'
import type { PortalEnv } from '../portal-env'
import { communeRanking } from '../sql/ranking'
import { rankingQuery } from './ranking-query'
import { validate } from './validate'

/** The planner's composite disadvantage ranking of the 65 communes (planner and admin roles). */
export function rankingRoutes() {
  return new Hono<PortalEnv>().get('/', allow('planner:tools'), validate('query', rankingQuery), async (c) => {
    const ranking = await communeRanking(c.var.sql, c.req.valid('query'))
    if ('error' in ranking) throw new Refusal(400, ranking.error)
    return c.json(ranking)
  })
}
