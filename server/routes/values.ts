import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import { allow } from '../auth/allow'
import { checkCorrection } from '../imports/check-correction'
import { valueColumns } from '../imports/preview'
import type { PortalEnv } from '../portal-env'
import { audit } from '../sql/audit'
import { recordValues } from '../sql/indicator-load'
import { currentVersionId, unitHistory, unitIdOf } from '../sql/value-history'
import { importYear, sourceDocument } from './import-params'
import { indicatorCode, unitCode, validate, vintage } from './validate'

const historyQuery = z.object({
  unit: unitCode,
  vintage: vintage.optional(),
  indicator: indicatorCode.optional(),
  year: importYear.optional(),
})

const correctionBody = z.object({
  indicator: indicatorCode,
  unit: unitCode,
  vintage: vintage.optional(),
  year: importYear,
  value: z.union([z.number(), z.string().max(40, 'is too long'), z.boolean()], {
    message: 'must be a number, a status (I, II, III, none) or true/false',
  }),
  note: z
    .string({ message: 'is required: say why the value is corrected' })
    .trim()
    .min(3, 'must have at least 3 characters: say why the value is corrected')
    .max(500, 'must be at most 500 characters'),
  document: sourceDocument.pipe(z.string().min(1, 'must not be empty')).optional(),
})

/** The history of values, and single corrections, for planners and admins. */
export function valueRoutes() {
  return new Hono<PortalEnv>()
    .get('/history', allow('values:import'), validate('query', historyQuery), async (c) => {
      const { unit, vintage: list, ...filter } = c.req.valid('query')
      const unitId = await unitIdOf(c.var.sql, unit, list)
      if (unitId === undefined)
        throw new HTTPException(404, { message: `No unit with code ${unit}${list ? ` in vintage ${list}` : ''}` })
      return c.json(await unitHistory(c.var.sql, { unitId, ...filter }), 200, { 'cache-control': 'no-store' })
    })
    .post('/', allow('values:import'), validate('json', correctionBody), async (c) => {
      const { note, ...correction } = c.req.valid('json')
      const username = c.var.caller.account!.username
      const check = await checkCorrection(c.var.sql, correction, `correction by ${username}`)
      // The sentence for API clients, and the planner's message in both languages for the form.
      if ('problem' in check) return c.json({ error: `Bad body: ${check.problem}`, message: check.message }, 400)
      const { row } = check
      await recordValues(c.var.sql, [
        {
          indicator: row.indicator,
          unitId: row.unitId,
          year: row.year,
          ...valueColumns(row.value),
          provenance: 'imported',
          source: row.document,
          recordedBy: username,
          note,
        },
      ])
      const id = (await currentVersionId(c.var.sql, row))!
      await audit(c.var.sql, c.var.caller, {
        action: 'value corrected',
        target: `${correction.unit} ${row.indicator} ${row.year}`,
        detail: { id, value: row.value, note, source: row.document },
      })
      return c.json({ id }, 201)
    })
}
