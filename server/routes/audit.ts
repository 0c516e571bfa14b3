import { Hono } from 'hono'
import { z } from 'zod'
import { allow } from '../auth/allow'
import type { PortalEnv } from '../portal-env'
import { auditEvents } from '../sql/audit'
import { validate } from './validate'

const timestamp = z.iso
  .datetime({ offset: true, message: 'must be an ISO date and time, e.g. 2026-01-31T00:00:00Z' })
  .refine((text) => {
    const year = new Date(text).getUTCFullYear()
    return year >= 2000 && year <= 2100
  }, 'must be between the years 2000 and 2100')

const auditQuery = z.object({
  action: z.string().trim().min(1).max(100, 'is too long').optional(),
  username: z.string().trim().toLowerCase().min(1).max(40, 'is too long').optional(),
  since: timestamp.optional(),
  until: timestamp.optional(),
  before: z.uuid({ message: 'must be the id of an entry of the log' }).optional(),
  limit: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(500, 'must be at most 500')
    .default(100),
})

/** The audit log for admins, newest first, filtered; the database shows it to admins only (row-level security). */
export function auditRoutes() {
  return new Hono<PortalEnv>().get('/', allow('audit:read'), validate('query', auditQuery), async (c) =>
    c.json(await auditEvents(c.var.sql, c.req.valid('query'))),
  )
}
