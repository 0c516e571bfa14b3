import type { Catalogue } from './catalogue'
import { formulaMessage, isBlank, looksLikeFormula, parseUnitCode, parseYear } from './cell-values'
import type { Field, Layout } from './columns'
import { limits } from './limits'
import type { ProblemList } from './problem'
import type { Cell, SheetRow } from './sheet'

// What every data row says besides its values: the unit, the year, the list, the source document.

const text = (cell: Cell) => (isBlank(cell) ? null : String(cell).trim())

export type Context = { sheet: string | null; catalogue: Catalogue; problems: ProblemList; header: Cell[] }

/** The unit, year, vintage and document of a data row, or undefined when one of them is wrong. */
export function rowFacts(row: SheetRow, fields: Layout['fields'], context: Context) {
  const where = (field: Field) => ({
    sheet: context.sheet,
    row: row.number,
    column: String(context.header[fields[field]!]),
  })
  const cell = (field: Field) => (fields[field] === undefined ? null : (row.cells[fields[field]!] ?? null))
  let ok = true
  for (const field of ['unitCode', 'unitName', 'vintage', 'year', 'document', 'indicator'] as Field[])
    if (looksLikeFormula(cell(field))) {
      context.problems.add(where(field), formulaMessage(String(cell(field))))
      ok = false
    }
  const code = parseUnitCode(cell('unitCode'))
  if ('problem' in code) context.problems.add(where('unitCode'), code.problem)
  const year = parseYear(cell('year'))
  if ('problem' in year) context.problems.add(where('year'), year.problem)
  const vintage = text(cell('vintage'))
  if (vintage !== null && !/^(2019|2021|2025)$/.test(vintage)) {
    context.problems.add(where('vintage'), {
      vi: `Danh mục "${vintage.slice(0, 20)}" không hợp lệ: nhận 2025 (65 xã từ 1/7/2025), 2021 (200 xã 2020–2024) hoặc 2019.`,
      en: `The unit list "${vintage.slice(0, 20)}" is not valid: 2025 (65 communes from 1 July 2025), 2021 (200 units 2020–2024) or 2019 are accepted.`,
    })
    ok = false
  }
  const document = text(cell('document'))
  if (document && document.length > limits.documentLength) {
    context.problems.add(where('document'), {
      vi: `Văn bản nguồn dài quá ${limits.documentLength} ký tự.`,
      en: `The source document is longer than ${limits.documentLength} characters.`,
    })
    ok = false
  }
  if (!ok || 'problem' in code || 'problem' in year) return undefined
  const header = (field: Field) => (fields[field] === undefined ? null : String(context.header[fields[field]!]))
  const unitColumns = { code: header('unitCode')!, name: header('unitName'), vintage: header('vintage') }
  return { unitCode: code.value, unitName: text(cell('unitName')), vintage, unitColumns, year: year.value, document }
}

export type RowFacts = NonNullable<ReturnType<typeof rowFacts>>
