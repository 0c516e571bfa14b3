import type { Sql } from '../db'
import { importCatalogue, lookUpUnits } from '../sql/import-checks'
import { formulaMessage, looksLikeFormula } from './cell-values'
import { type Message, ProblemList } from './problem'
import { type Candidate, readRows } from './rows'
import { type CheckedRow, checkUnits, vintageOf } from './unit-checks'

export type Correction = {
  indicator: string
  unit: string
  vintage?: string
  year: number
  value: number | string | boolean
  document?: string
}

/**
 * A single correction checked exactly like a row of an upload (the unit in the year's list, the
 * indicator importable, the value of its type and range): the checked row, or the first problem in
 * both languages (the refusal's message, shown beside the planner's form).
 */
export async function checkCorrection(
  sql: Sql,
  correction: Correction,
  defaultDocument: string,
): Promise<{ row: CheckedRow } | { problem: Message }> {
  const problems = new ProblemList('correction')
  if (looksLikeFormula(correction.value)) {
    return { problem: formulaMessage(String(correction.value)) }
  }
  const sheet = {
    name: null,
    rows: [
      { number: 1, cells: ['unit_code', 'vintage', 'indicator', 'year', 'value', 'document'] },
      {
        number: 2,
        cells: [
          correction.unit,
          correction.vintage ?? null,
          correction.indicator,
          correction.year,
          correction.value,
          null,
        ],
      },
    ],
  }
  const { candidates } = readRows([sheet], await importCatalogue(sql), problems)
  const units = await lookUpUnits(
    sql,
    candidates.map((candidate: Candidate) => ({ code: candidate.unitCode, vintage: vintageOf(candidate), name: null })),
  )
  const [row] = checkUnits(candidates, units, correction.document ?? defaultDocument, problems)
  const first = problems.items[0]
  if (first) return { problem: first.message }
  if (!row) return { problem: { vi: 'Cần nhập giá trị.', en: 'A value is required.' } }
  return { row }
}
