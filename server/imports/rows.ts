import { type Catalogue, type CatalogueEntry, refusedIndicator, unknownIndicator } from './catalogue'
import {
  foldWords,
  formulaMessage,
  isBlank,
  isTooLong,
  looksLikeFormula,
  parseValue,
  tooLongMessage,
  type Value,
} from './cell-values'
import { readHeader } from './columns'
import { limits } from './limits'
import type { ProblemList } from './problem'
import { type Context, type RowFacts, rowFacts } from './row-facts'
import type { Cell, Sheet, SheetRow } from './sheet'

/** One value read from the upload, before its unit is looked up in the database. */
export type Candidate = {
  sheet: string | null
  row: number
  column: string
  unitCode: string
  unitName: string | null
  vintage: string | null
  /** The headers of the unit's columns, to point at the right cell when the unit is wrong. */
  unitColumns: { code: string; name: string | null; vintage: string | null }
  indicator: string
  year: number
  value: Value
  document: string | null
}

const isGuide = (name: string | null) => name !== null && /huong dan|guide|readme/.test(foldWords(name))
/** The value of one cell for one indicator, added to `out`, or its problem. */
function readValue(
  cell: Cell,
  indicator: CatalogueEntry,
  place: { row: number; column: string },
  facts: RowFacts,
  context: Context,
  out: Candidate[],
) {
  const where = { sheet: context.sheet, ...place }
  if (looksLikeFormula(cell)) return context.problems.add(where, formulaMessage(String(cell)))
  const value = parseValue(cell, indicator)
  if ('problem' in value) return context.problems.add(where, value.problem)
  out.push({ sheet: context.sheet, ...place, ...facts, indicator: indicator.code, value: value.value })
}

/**
 * Whether a row holds a cell too long to be a value, a name or a document (added to the problems):
 * checked before any of its cells is read, so that no parser ever sees a hostile 5 MB cell.
 */
function longCell(sheet: Sheet, row: SheetRow, header: Cell[], problems: ProblemList): boolean {
  const index = row.cells.findIndex(isTooLong)
  if (index < 0) return false
  const name = header[index]
  const column = typeof name === 'string' && !isTooLong(name) && name.trim() !== '' ? name : `${index + 1}`
  problems.add({ sheet: sheet.name, row: row.number, column }, tooLongMessage(String(row.cells[index]).length))
  return true
}

function readSheet(sheet: Sheet, catalogue: Catalogue, problems: ProblemList, out: Candidate[]) {
  const start = sheet.rows.findIndex((row) => row.cells.some((cell) => !isBlank(cell)))
  if (start < 0) return undefined
  const header = sheet.rows[start]!
  const where = { sheet: sheet.name, row: header.number }
  if (longCell(sheet, header, [], problems)) return undefined
  const width = header.cells.findLastIndex((cell) => !isBlank(cell)) + 1
  if (width > limits.columns) {
    problems.add(where, {
      vi: `Bảng có ${width} cột, quá giới hạn ${limits.columns} cột.`,
      en: `The table has ${width} columns, more than the limit of ${limits.columns}.`,
    })
    return undefined
  }
  const layout = readHeader(header.cells, new Set(catalogue.keys()))
  if ('problems' in layout) {
    for (const problem of layout.problems) problems.add({ ...where, column: problem.column }, problem.message)
    return undefined
  }
  const context: Context = { sheet: sheet.name, catalogue, problems, header: header.cells }
  const refusedColumns = new Set<number>()
  if (layout.kind === 'wide')
    for (const { code, index } of layout.indicators) {
      const refusal = refusedIndicator(catalogue.get(code)!)
      if (refusal) {
        problems.add({ ...where, column: String(header.cells[index]) }, refusal)
        refusedColumns.add(index)
      }
    }
  for (const row of sheet.rows.slice(start + 1)) {
    if (longCell(sheet, row, header.cells, problems) || row.cells.every(isBlank)) continue
    const facts = rowFacts(row, layout.fields, context)
    if (!facts) continue
    if (layout.kind === 'wide') {
      for (const { code, index } of layout.indicators) {
        const cell = row.cells[index] ?? null
        if (isBlank(cell) || refusedColumns.has(index)) continue
        readValue(
          cell,
          catalogue.get(code)!,
          { row: row.number, column: String(header.cells[index]) },
          facts,
          context,
          out,
        )
      }
      continue
    }
    const valueCell = row.cells[layout.fields.value!] ?? null
    if (isBlank(valueCell)) continue
    const place = { row: row.number, column: String(header.cells[layout.fields.indicator!]) }
    const code = foldWords(String(row.cells[layout.fields.indicator!] ?? '')).replace(/ /g, '_')
    const indicator = catalogue.get(code)
    const refusal = indicator
      ? refusedIndicator(indicator)
      : unknownIndicator(String(row.cells[layout.fields.indicator!] ?? ''))
    if (refusal || !indicator) {
      problems.add({ sheet: sheet.name, ...place }, refusal ?? unknownIndicator(code))
      continue
    }
    readValue(
      valueCell,
      indicator,
      { row: row.number, column: String(header.cells[layout.fields.value!]) },
      facts,
      context,
      out,
    )
  }
  return layout.kind
}

/**
 * Every value of every sheet (a sheet named like "Hướng dẫn" / "Guide" is the template's
 * instructions and skipped), with the problems found on the way. Blank rows and blank value
 * cells are skipped: a department fills the part of the template it has figures for.
 */
export function readRows(sheets: Sheet[], catalogue: Catalogue, problems: ProblemList) {
  const candidates: Candidate[] = []
  const layouts: ('long' | 'wide')[] = []
  const dataRows = sheets.reduce((sum, sheet) => sum + Math.max(sheet.rows.length - 1, 0), 0)
  if (dataRows > limits.dataRows) {
    problems.add(
      {},
      {
        vi: `Tệp có hơn ${limits.dataRows.toLocaleString('vi')} dòng số liệu, quá giới hạn: hãy chia thành nhiều tệp.`,
        en: `The file has more than ${limits.dataRows.toLocaleString('en')} data rows, over the limit: split it into several files.`,
      },
    )
    return { candidates, layout: null }
  }
  for (const sheet of sheets) {
    if (isGuide(sheet.name)) continue
    const layout = readSheet(sheet, catalogue, problems, candidates)
    if (layout) layouts.push(layout)
  }
  return { candidates, layout: layouts[0] ?? null }
}
