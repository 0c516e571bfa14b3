import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import type { PortalEnv } from '../portal-env'
import { formerUnitValues } from '../sql/former'
import { unitDetail } from '../sql/unit-detail'
import { unitsGeoJson } from '../sql/units'
import { detail, unitCode, validate, vintage } from './validate'

// Which vintages hold each level: districts are stored with the 2021 list, the province once.
const vintagesOfLevel = {
  commune: ['2025', '2019', '2021', '2024'],
  district: ['2021'],
  province: ['2025'],
} as const

const listQuery = z
  .object({
    level: z
      .enum(['commune', 'district', 'province'], { message: 'must be commune, district or province' })
      .default('commune'),
    vintage: vintage.optional(),
    detail: detail.optional(),
    zoom: z.coerce
      .number({ message: 'must be a number' })
      .min(0, 'must be 0 or more')
      .max(24, 'must be 24 or less')
      .optional(),
  })
  .transform((query, context) => {
    const allowed: readonly string[] = vintagesOfLevel[query.level]
    const chosen = query.vintage ?? allowed[0]!
    if (!allowed.includes(chosen)) {
      context.addIssue({
        code: 'custom',
        path: ['vintage'],
        message: `${query.level} units exist in vintage ${allowed.join(', ')}`,
      })
      return z.NEVER
    }
    // A zoom picks the detail a map at that zoom needs (~1 pixel), unless detail is given.
    const fromZoom = query.zoom === undefined ? 'medium' : query.zoom < 9 ? 'low' : query.zoom < 12 ? 'medium' : 'full'
    return { level: query.level, vintage: chosen, detail: query.detail ?? fromZoom }
  })

const formerQuery = z.object({
  year: z.coerce
    .number({ message: 'must be a year' })
    .int('must be a whole number')
    .min(2021, 'must be 2021 or later: the 2021 list')
    .max(2024, 'must be 2024 or earlier: from July 2025 the 2025 communes have their own values')
    .default(2024),
})

export function unitRoutes() {
  return (
    new Hono<PortalEnv>()
      .get('/', validate('query', listQuery), async (c) => {
        const body = await unitsGeoJson(c.var.sql, c.req.valid('query'))
        return c.body(body, 200, { 'content-type': 'application/geo+json; charset=utf-8' })
      })
      // Public: the former units' values are the published values of the 2021 list.
      .get(
        '/:code/former',
        validate('param', z.object({ code: unitCode })),
        validate('query', formerQuery),
        async (c) => {
          const { code } = c.req.valid('param')
          const answer = await formerUnitValues(c.var.sql, code, c.req.valid('query').year)
          if (!('error' in answer)) return c.json(answer)
          if (answer.error === 'unknown-unit') throw new HTTPException(404, { message: `No unit with code ${code}` })
          throw new HTTPException(400, {
            message: `${code} is not one of the 65 communes of 2025: former units are listed for those only`,
          })
        },
      )
      .get(
        '/:code',
        validate('param', z.object({ code: unitCode })),
        validate('query', z.object({ vintage: vintage.optional() })),
        async (c) => {
          const { code } = c.req.valid('param')
          const { vintage: chosen } = c.req.valid('query')
          const detail = await unitDetail(c.var.sql, code, chosen)
          if (!detail)
            throw new HTTPException(404, {
              message: `No unit with code ${code}${chosen ? ` in vintage ${chosen}` : ''}`,
            })
          return c.json(detail)
        },
      )
  )
}
