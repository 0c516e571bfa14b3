import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import type { Sql } from '../db'
import { communeExists, villagesGeoJson } from '../sql/villages'
import { communeCode, validate } from './validate'

export function villageRoutes(sql: Sql) {
  return new Hono().get('/', validate('query', z.object({ commune: communeCode.optional() })), async (c) => {
    const { commune } = c.req.valid('query')
    if (commune && !(await communeExists(sql, commune)))
      throw new HTTPException(404, { message: `No 2025 commune with code ${commune}` })
    return c.body(await villagesGeoJson(sql, { commune }), 200, {
      'content-type': 'application/geo+json; charset=utf-8',
    })
  })
}
