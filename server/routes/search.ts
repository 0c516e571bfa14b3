import { Hono } from 'hono'
import { z } from 'zod'
import type { PortalEnv } from '../portal-env'
import { search } from '../sql/search'
import { validate } from './validate'

const searchQuery = z.object({
  q: z
    .string({ message: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(100, 'must be at most 100 characters')
    .refine((text) => /[\p{L}\p{N}]/u.test(text), 'must contain a letter or a digit'),
  limit: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(50, 'must be at most 50')
    .default(30),
})

export function searchRoutes() {
  return new Hono<PortalEnv>().get('/', validate('query', searchQuery), async (c) => {
    const { q, limit } = c.req.valid('query')
    return c.json({ query: q, results: await search(c.var.sql, q.normalize('NFC'), limit) })
  })
}
