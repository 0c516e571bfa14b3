import { Hono } from 'hono'
import { z } from 'zod'
import type { PortalEnv } from '../portal-env'
import { borderGeoJson } from '../sql/border'
import { detail, validate } from './validate'

// The border line is public, as on any map; defence zones are not served here (issue #4).
export function borderRoutes() {
  return new Hono<PortalEnv>().get(
    '/',
    validate('query', z.object({ detail: detail.default('medium') })),
    async (c) => {
      const body = await borderGeoJson(c.var.sql, c.req.valid('query').detail)
      return c.body(body, 200, { 'content-type': 'application/geo+json; charset=utf-8' })
    },
  )
}
