import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import type { PortalEnv } from '../portal-env'
import { indicatorLayer } from '../sql/indicator-layer'
import { listIndicators } from '../sql/indicators'
import { communeCode, indicatorCode, validate, year } from './validate'

const valuesQuery = z.object({
  year: year.optional(),
  vintage: z
    .enum(['2025', '2021', '2019'], { message: 'values exist for vintages 2025, 2021 and 2019' })
    .default('2025'),
  level: z.enum(['commune', 'village'], { message: 'must be commune or village' }).default('commune'),
  commune: communeCode.optional(),
})

export function indicatorRoutes() {
  return new Hono<PortalEnv>()
    .get('/', async (c) => c.json(await listIndicators(c.var.sql)))
    .get(
      '/:code/values',
      validate('param', z.object({ code: indicatorCode })),
      validate('query', valuesQuery),
      async (c) => {
        const { code } = c.req.valid('param')
        const layer = await indicatorLayer(c.var.sql, { indicator: code, ...c.req.valid('query') })
        if ('error' in layer) {
          if (layer.error === 'unknown-indicator')
            throw new HTTPException(404, { message: `No indicator with code ${code}` })
          throw new HTTPException(400, { message: `${code} is a commune indicator: ask for level=commune` })
        }
        return c.json(layer)
      },
    )
}
