import { Hono } from 'hono'
import { z } from 'zod'
import { Refusal } from '../message'
import { notFound } from '../not-found'
import type { PortalEnv } from '../portal-env'
import { formerUnitValues } from '../sql/former'
import { unitDetail } from '../sql/unit-detail'
import { unitsGeoJson } from '../sql/units'
import { phrase, says } from './schema-words'
import { bilingual, detail, unitCode, validate, vintage } from './validate'

// Which vintages hold each level: districts are stored with the 2021 list, the province once.
const vintagesOfLevel = {
  commune: ['2025', '2019', '2021', '2024'],
  district: ['2021'],
  province: ['2025'],
} as const

const listQuery = z
  .object({
    level: z
      .enum(['commune', 'district', 'province'], says(phrase.oneOf(['commune', 'district', 'province'])))
      .default('commune'),
    vintage: vintage.optional(),
    detail: detail.optional(),
    zoom: z.coerce
      .number(says(phrase.number))
      .min(0, says({ vi: 'phải từ 0 trở lên', en: 'must be 0 or more' }))
      .max(24, says({ vi: 'phải không quá 24', en: 'must be 24 or less' }))
      .optional(),
  })
  .transform((query, context) => {
    const allowed: readonly string[] = vintagesOfLevel[query.level]
    const chosen = query.vintage ?? allowed[0]!
    if (!allowed.includes(chosen)) {
      context.addIssue({
        code: 'custom',
        path: ['vintage'],
        ...bilingual({
          vi: `đơn vị cấp ${query.level} chỉ có trong danh sách ${allowed.join(', ')}`,
          en: `${query.level} units exist in vintage ${allowed.join(', ')}`,
        }),
      })
      return z.NEVER
    }
    // A zoom picks the detail a map at that zoom needs (~1 pixel), unless detail is given.
    const fromZoom = query.zoom === undefined ? 'medium' : query.zoom < 9 ? 'low' : query.zoom < 12 ? 'medium' : 'full'
    return { level: query.level, vintage: chosen, detail: query.detail ?? fromZoom }
  })

const formerQuery = z.object({
  year: z.coerce
    .number(says(phrase.year))
    .int(says(phrase.wholeNumber))
    .min(2021, says({ vi: 'phải từ 2021 trở đi: danh sách năm 2021', en: 'must be 2021 or later: the 2021 list' }))
    .max(
      2024,
      says({
        vi: 'phải không muộn hơn 2024: từ tháng 7/2025 các xã năm 2025 có giá trị riêng',
        en: 'must be 2024 or earlier: from July 2025 the 2025 communes have their own values',
      }),
    )
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
          if (answer.error === 'unknown-unit') throw new Refusal(404, notFound.unit(code))
          throw new Refusal(400, {
            vi: `${code} không thuộc 65 xã, phường năm 2025: chỉ những đơn vị này mới có danh sách đơn vị cũ.`,
            en: `${code} is not one of the 65 communes of 2025: former units are listed for those only`,
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
          if (!detail) throw new Refusal(404, notFound.unit(code, chosen))
          return c.json(detail)
        },
      )
  )
}
