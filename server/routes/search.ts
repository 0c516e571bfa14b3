import { Hono } from 'hono'
import { z } from 'zod'
import type { PortalEnv } from '../portal-env'
import { search } from '../sql/search'
import { phrase, says } from './schema-words'
import { validate } from './validate'

const searchQuery = z.object({
  q: z
    .string(says(phrase.required))
    .trim()
    .min(1, says(phrase.required))
    .max(100, says(phrase.atMostCharacters('100')))
    .refine(
      (text) => /[\p{L}\p{N}]/u.test(text),
      says({ vi: 'phải có ít nhất một chữ cái hoặc chữ số', en: 'must contain a letter or a digit' }),
    ),
  limit: z.coerce
    .number(says(phrase.number))
    .int(says(phrase.wholeNumber))
    .min(1, says(phrase.atLeast(1)))
    .max(50, says(phrase.atMost(50)))
    .default(30),
})

export function searchRoutes() {
  return new Hono<PortalEnv>().get('/', validate('query', searchQuery), async (c) => {
    const { q, limit } = c.req.valid('query')
    return c.json({ query: q, results: await search(c.var.sql, q.normalize('NFC'), limit) })
  })
}
