import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { allow } from '../auth/allow'
import { Refusal, refusalBody } from '../message'
import { csvText } from '../planning/csv'
import { nearBorderTable } from '../planning/near-border-table'
import type { PortalEnv } from '../portal-env'
import { audit } from '../sql/audit'
import {
  addZone,
  beltWidth,
  borderAreaGeoJson,
  borderBeltGeoJson,
  changeZone,
  gatesGeoJson,
  nearBorder,
  restrictedZonesGeoJson,
  setBeltWidth,
  zoneGeometryProblem,
  zoneKinds,
} from '../sql/zones'
import { phrase, says } from './schema-words'
import { uuidParam, validate } from './validate'
import { zoneCaps, zoneGeometry } from './zone-geometry'
import { zoneRefusal } from './zone-refusal'

const layerOf = {
  border_belt: borderBeltGeoJson,
  border_area: borderAreaGeoJson,
  gates: gatesGeoJson,
  restricted: restrictedZonesGeoJson,
}
const geoJson = { 'content-type': 'application/geo+json; charset=utf-8', 'cache-control': 'no-store' }
const name = z
  .string(says(phrase.required))
  .trim()
  .min(1, says(phrase.required))
  .max(200, says(phrase.atMostCharacters('200')))
const note = z
  .string()
  .trim()
  .max(2000, says(phrase.atMostCharacters('2,000')))
  .nullable()
// Uploaded zones can be detailed, but not unbounded: 10,000 positions fit in well under 1 MB.
const upload = bodyLimit({
  maxSize: zoneCaps.bodyBytes,
  onError: (c) =>
    c.json(
      refusalBody({
        vi: 'Tệp vùng lớn hơn 1 MB: hãy đơn giản hóa ranh giới (tối đa 10.000 điểm).',
        en: 'The zone is larger than 1 MB: simplify its boundary (at most 10,000 positions).',
      }),
      413,
    ),
})
const kindQuery = z.object({ kind: z.enum(zoneKinds, says(phrase.oneOf(zoneKinds))) })
const nearQuery = z.object({
  level: z.enum(['village', 'commune'], says(phrase.oneOf(['village', 'commune']))).default('village'),
  within: z.coerce
    .number(says({ vi: 'phải là số km', en: 'must be a number of km' }))
    .gt(0, says({ vi: 'phải lớn hơn 0 km', en: 'must be more than 0 km' }))
    .max(50, says(phrase.atMost('50 km')))
    .default(5),
})
const zoneBody = z.object({ name, note: note.optional(), geometry: zoneGeometry })
const zoneChange = z.object({
  name: name.optional(),
  note: note.optional(),
  geometry: zoneGeometry.optional(),
  deleted: z.literal(true, says({ vi: 'chỉ có thể là true', en: 'can only be true' })).optional(),
})
const widthBody = z.object({
  widthM: z
    .number(says({ vi: 'phải là số mét', en: 'must be a number of metres' }))
    .min(100, says(phrase.atLeast('100 m')))
    .max(5000, says({ vi: 'phải không quá 5.000 m', en: 'must be at most 5,000 m' })),
})

/**
 * The defence-related layers, for the border role only: 401 without a session, 403 without the
 * role, decided before anything else (validation included), so the answer never depends on what
 * was asked or what exists. Reads and edits are audited as restricted entries.
 */
export function zoneRoutes() {
  return new Hono<PortalEnv>()
    .get('/', allow('zones:read'), validate('query', kindQuery), async (c) => {
      const { kind } = c.req.valid('query')
      const body = await layerOf[kind](c.var.sql)
      await audit(c.var.sql, c.var.caller, { action: 'restricted layer read', target: kind, restricted: true })
      return c.body(body, 200, geoJson)
    })
    .get('/near-border', allow('zones:read'), validate('query', nearQuery), async (c) => {
      const { level, within } = c.req.valid('query')
      const places = await nearBorder(c.var.sql, level, within)
      await audit(c.var.sql, c.var.caller, {
        action: 'restricted layer read',
        target: `near-border ${level} ${within} km`,
        restricted: true,
      })
      return c.json({ level, withinKm: within, places }, 200, { 'cache-control': 'no-store' })
    })
    .get('/near-border/export.csv', allow('zones:read'), validate('query', nearQuery), async (c) => {
      // The same list as a file (issue 10 §5), through the one CSV writer; restricted and audited.
      const { level, within } = c.req.valid('query')
      const places = await nearBorder(c.var.sql, level, within)
      const table = nearBorderTable({ level, withinKm: within }, places, new Date())
      await audit(c.var.sql, c.var.caller, {
        action: 'export',
        target: `near-border ${level} ${within} km csv`,
        restricted: true,
      })
      return c.body(csvText(table), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${table.fileName}.csv"`,
        'cache-control': 'no-store',
      })
    })
    .post('/restricted', allow('zones:add'), upload, validate('json', zoneBody), async (c) => {
      const body = c.req.valid('json')
      const problem = await zoneGeometryProblem(c.var.sql, body.geometry)
      if (problem) throw zoneRefusal(problem)
      const id = await addZone(
        c.var.sql,
        { name: body.name, note: body.note ?? null, geometry: body.geometry },
        c.var.caller.account!.username,
      )
      await audit(c.var.sql, c.var.caller, {
        action: 'restricted zone added',
        target: id,
        detail: { name: body.name },
        restricted: true,
      })
      return c.json({ id }, 201)
    })
    .patch(
      '/restricted/:id',
      allow('zones:edit'),
      upload,
      validate('param', uuidParam),
      validate('json', zoneChange),
      async (c) => {
        const { id } = c.req.valid('param')
        const change = c.req.valid('json')
        const problem = change.geometry ? await zoneGeometryProblem(c.var.sql, change.geometry) : null
        if (problem) throw zoneRefusal(problem)
        if (!(await changeZone(c.var.sql, id, change, c.var.caller.account!.username))) {
          throw new Refusal(404, { vi: `Không có vùng hạn chế mã ${id}.`, en: `No restricted zone with id ${id}` })
        }
        await audit(c.var.sql, c.var.caller, {
          action: change.deleted ? 'restricted zone deleted' : 'restricted zone changed',
          target: id,
          detail: { name: change.name, note: change.note, geometryChanged: Boolean(change.geometry) },
          restricted: true,
        })
        return c.json({ changed: true })
      },
    )
    .get('/settings', allow('zones:settings'), async (c) => c.json(await beltWidth(c.var.sql)))
    .put('/settings', allow('zones:settings'), validate('json', widthBody), async (c) => {
      const { widthM } = c.req.valid('json')
      const before = await beltWidth(c.var.sql)
      await setBeltWidth(c.var.sql, widthM, c.var.caller.account!.username)
      await audit(c.var.sql, c.var.caller, {
        action: 'border belt width set',
        target: 'border_belt_width_m',
        detail: { from: before?.widthM, to: widthM },
      })
      return c.json({ widthM })
    })
}
