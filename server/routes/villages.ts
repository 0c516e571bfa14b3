import { Hono } from 'hono'
import { z } from 'zod'
import { Refusal } from '../message'
import type { PortalEnv } from '../portal-env'
import { communeExists, villagesGeoJson } from '../sql/villages'
import { communeCode, validate } from './validate'

export function villageRoutes() {
  return new Hono<PortalEnv>().get('/', validate('query', z.object({ commune: communeCode.optional() })), async (c) => {
    const { commune } = c.req.valid('query')
    if (commune && !(await communeExists(c.var.sql, commune)))
      throw new Refusal(404, { vi: `Không có xã năm 2025 mã ${commune}.`, en: `No 2025 commune with code ${commune}` })
    return c.body(await villagesGeoJson(c.var.sql, { commune }), 200, {
      'content-type': 'application/geo+json; charset=utf-8',
    })
  })
}
