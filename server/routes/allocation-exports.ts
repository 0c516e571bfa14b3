import { Hono } from 'hono'
import { z } from 'zod'
import type { AllocationAnswer } from '../allocation/answer'
import { onlyChanges } from '../allocation/inputs'
import { readOverrideFile } from '../allocation/override-file'
import { scenarioTable } from '../allocation/scenario-table'
import { allow } from '../auth/allow'
import { workbookBytes } from '../imports/xlsx-writer'
import { csvText, metadataLines } from '../planning/csv'
import type { PortalEnv } from '../portal-env'
import { allocationInputs, communeCodes } from '../sql/allocation-inputs'
import { audit } from '../sql/audit'
import { existingScenario } from './allocation-scenario'
import { says } from './schema-words'
import { uuidParam, validate } from './validate'

const plan = allow('allocation:plan')

// Downloads are files: not kept by any cache, named in ASCII.
const download = (type: string, fileName: string) => ({
  'content-type': type,
  'content-disposition': `attachment; filename="${fileName}"`,
  'cache-control': 'no-store',
})

const fileForm = z.object({
  file: z.instanceof(
    File,
    says({
      vi: 'phải là một tệp (trường "file" của multipart/form-data)',
      en: 'must be one file (multipart/form-data field "file")',
    }),
  ),
})

/**
 * A saved scenario as CSV (planning/csv.ts: BOM, `#` metadata lines, formula guard) or .xlsx (the
 * import's writer: a sheet of communes and one of parameters), each download audited; and a file of
 * overrides read back (the same columns), answered as overrides without saving anything.
 */
export function allocationExportRoutes() {
  return new Hono<PortalEnv>()
    .get('/scenarios/:id/export.csv', plan, validate('param', uuidParam), async (c) => {
      const scenario = await existingScenario(c.var.sql, c.req.valid('param').id)
      const table = scenarioTable(scenario, scenario.result as AllocationAnswer, new Date())
      await audit(c.var.sql, c.var.caller, {
        action: 'export',
        target: 'allocation csv',
        detail: { scenario: scenario.id },
      })
      return c.body(csvText(table), 200, download('text/csv; charset=utf-8', `${table.fileName}.csv`))
    })
    .get('/scenarios/:id/export.xlsx', plan, validate('param', uuidParam), async (c) => {
      const scenario = await existingScenario(c.var.sql, c.req.valid('param').id)
      const table = scenarioTable(scenario, scenario.result as AllocationAnswer, new Date())
      const communes = [table.columns, ...table.rows.map((row) => table.columns.map((column) => row[column] ?? null))]
      // The parameters sheet holds the CSV's note lines, label and value in two cells.
      const parameters = metadataLines(table.metadata).map((line) => {
        const comma = line.indexOf(',')
        return comma < 0
          ? [line]
          : [
              line.slice(0, comma),
              line
                .slice(comma + 1)
                .replace(/^"|"$/g, '')
                .replaceAll('""', '"'),
            ]
      })
      const bytes = workbookBytes([
        { name: 'Phân bổ', rows: communes },
        { name: 'Thông số', rows: parameters },
      ])
      await audit(c.var.sql, c.var.caller, {
        action: 'export',
        target: 'allocation xlsx',
        detail: { scenario: scenario.id },
      })
      return c.body(
        bytes as Uint8Array<ArrayBuffer>,
        200,
        download('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${table.fileName}.xlsx`),
      )
    })
    .post('/overrides', plan, validate('form', fileForm), async (c) => {
      const { file } = c.req.valid('form')
      const codes = new Set(await communeCodes(c.var.sql))
      const read = await readOverrideFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, codes)
      if ('refused' in read) return c.json(read.refused, 400)
      const inputs = await allocationInputs(c.var.sql, null)
      if ('problem' in inputs) throw new Error('the inputs without a ranking cannot be refused')
      const changes = onlyChanges(inputs.communes, read.overrides)
      return c.json({ fileName: file.name, rows: read.rows, ...changes })
    })
}
