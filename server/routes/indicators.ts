import { Hono } from 'hono'
import { z } from 'zod'
import { Refusal } from '../message'
import { notFound } from '../not-found'
import type { PortalEnv } from '../portal-env'
import { indicatorLayer } from '../sql/indicator-layer'
import { listIndicators } from '../sql/indicators'
import { phrase, says } from './schema-words'
import { communeCode, indicatorCode, validate, year } from './validate'

const valuesQuery = z.object({
  year: year.optional(),
  vintage: z
    .enum(
      ['2025', '2021', '2019'],
      says({
        vi: 'chỉ có giá trị cho danh sách 2025, 2021 và 2019',
        en: 'values exist for vintages 2025, 2021 and 2019',
      }),
    )
    .default('2025'),
  level: z.enum(['commune', 'village'], says(phrase.oneOf(['commune', 'village']))).default('commune'),
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
          if (layer.error === 'unknown-indicator') throw new Refusal(404, notFound.indicator(code))
          throw new Refusal(400, {
            vi: `${code} là chỉ tiêu cấp xã: hãy hỏi với level=commune.`,
            en: `${code} is a commune indicator: ask for level=commune`,
          })
        }
        return c.json(layer)
      },
    )
}
