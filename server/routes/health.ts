import { Hono } from 'hono'
import type { DatabaseKind } from '../db'
import type { PortalEnv } from '../portal-env'
import { postgisVersion } from '../sql/health'

export function healthRoutes(database: DatabaseKind) {
  return new Hono<PortalEnv>().get('/', async (c) =>
    c.json({ status: 'ok' as const, database, postgis: await postgisVersion(c.var.sql) }),
  )
}
