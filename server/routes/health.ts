import { Hono } from 'hono'
import type { DatabaseKind, Sql } from '../db'
import { Refusal } from '../message'
import type { PortalEnv } from '../portal-env'
import { postgisVersion } from '../sql/health'

const readinessDeadlineMs = 2_000

/**
 * Liveness (GET /api/health: the process answers; no database, so a supervisor does not restart a
 * healthy portal while its database is away) and readiness (GET /api/health/ready: the database
 * answers within 2 s; a load balancer sends traffic only then).
 */
export function healthRoutes(sql: Sql, database: DatabaseKind) {
  return new Hono<PortalEnv>()
    .get('/', (c) => c.json({ status: 'ok' as const, database }))
    .get('/ready', async (c) => {
      let timer: NodeJS.Timeout | undefined
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer')), readinessDeadlineMs)
      })
      try {
        const postgis = await Promise.race([postgisVersion(sql), deadline])
        return c.json({ status: 'ready' as const, database, postgis })
      } catch {
        throw new Refusal(
          503,
          {
            vi: 'Cơ sở dữ liệu tạm thời không trả lời.',
            en: 'The database is not answering at the moment.',
          },
          { 'Retry-After': '5' },
        )
      } finally {
        clearTimeout(timer)
      }
    })
}
