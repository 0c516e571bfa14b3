import { Hono } from 'hono'
import type { DatabaseKind, Sql } from '../db'
import { postgisVersion } from '../sql/health'

export function healthRoutes(sql: Sql, database: DatabaseKind) {
  return new Hono().get('/', async (c) =>
    c.json({ status: 'ok' as const, database, postgis: await postgisVersion(sql) }),
  )
}
