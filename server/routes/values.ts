import { Hono } from 'hono'
import { z } from 'zod'
import { allow } from '../auth/allow'
import { checkCorrection } from '../imports/check-correction'
import { valueColumns } from '../imports/preview'
import { Refusal } from '../message'
import { notFound } from '../not-found'
import type { PortalEnv } from '../portal-env'
import { audit } from '../sql/audit'
import { recordValues } from '../sql/indicator-load'
import { currentVersionId, unitHistory, unitIdOf } from '../sql/value-history'
import { importYear, sourceDocument } from './import-params'
import { phrase, says } from './schema-words'
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
  value: z.union(
    [z.number(), z.string().max(40, says(phrase.tooLong)), z.boolean()],
    says({
      vi: 'phải là một số, một khu vực (I, II, III, none) hoặc true/false',
      en: 'must be a number, a status (I, II, III, none) or true/false',
    }),
  ),
  note: z
    .string(says({ vi: 'là bắt buộc: hãy ghi lý do sửa giá trị', en: 'is required: say why the value is corrected' }))
    .trim()
    .min(
      3,
      says({
        vi: 'phải có ít nhất 3 ký tự: hãy ghi lý do sửa giá trị',
        en: 'must have at least 3 characters: say why the value is corrected',
      }),
    )
    .max(500, says(phrase.atMostCharacters('500'))),
  document: sourceDocument
    .pipe(z.string().min(1, says({ vi: 'không được để trống', en: 'must not be empty' })))
    .optional(),
})

/** The history of values, and single corrections, for planners and admins. */
export function valueRoutes() {
  return new Hono<PortalEnv>()
    .get('/history', allow('values:import'), validate('query', historyQuery), async (c) => {
      const { unit, vintage: list, ...filter } = c.req.valid('query')
      const unitId = await unitIdOf(c.var.sql, unit, list)
      if (unitId === undefined) throw new Refusal(404, notFound.unit(unit, list))
      return c.json(await unitHistory(c.var.sql, { unitId, ...filter }), 200, { 'cache-control': 'no-store' })
    })
    .post('/', allow('values:import'), validate('json', correctionBody), async (c) => {
      const { note, ...correction } = c.req.valid('json')
      const username = c.var.caller.account!.username
      // Without a document the source says who corrected it, as data in the portal's language (it was
      // "correction by …", English on every Vietnamese page).
      const check = await checkCorrection(c.var.sql, correction, `Sửa trực tiếp bởi ${username}`)
      // The planner's message, shown beside the form: the sentence names the value or the unit.
      if ('problem' in check) throw new Refusal(400, check.problem)
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
