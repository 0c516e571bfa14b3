import type { Sql } from '../db'
import { type Before, type Change, kindOf, storedValue, summarise } from '../imports/preview'
import { type Batch, type BatchRow, batchById, batchRows } from './imports'
import { indicatorValues } from './indicator-values'

/**
 * What the public sees now for each row's unit, indicator and year: the map's own value (stored,
 * or for village indicators the share computed from the mapped villages), through indicatorValues,
 * one call per list of units.
 */
export async function currentBefore(sql: Sql, rows: BatchRow[]): Promise<Before[]> {
  const seen = new Map<string, Before>()
  for (const vintage of [...new Set(rows.map((row) => row.vintage))]) {
    const mine = rows.filter((row) => row.vintage === vintage)
    const values = await indicatorValues(sql, {
      indicators: [...new Set(mine.map((row) => row.indicator))],
      years: [...new Set(mine.map((row) => row.year))],
      vintage,
    })
    for (const value of values) {
      const shown = storedValue(value)
      seen.set(
        `${vintage}|${value.code}|${value.indicator}|${value.year}`,
        shown === null ? null : { value: shown, provenance: value.provenance, method: value.method },
      )
    }
  }
  return rows.map((row) => seen.get(`${row.vintage}|${row.code}|${row.indicator}|${row.year}`) ?? null)
}

/** A batch's rows as changes: before from now for a draft, as fixed at publishing otherwise. */
export async function batchChanges(sql: Sql, batch: Batch): Promise<(Change & { unitId: number })[]> {
  const rows = await batchRows(sql, batch.id)
  const before = batch.status === 'draft' ? await currentBefore(sql, rows) : rows.map((row) => row.before)
  return rows.map((row, index) => {
    const after = storedValue(row)
    const kind = batch.status === 'draft' || !row.kind ? kindOf(before[index] ?? null, after) : row.kind
    return {
      row: row.row,
      sheet: row.sheet,
      indicator: row.indicator,
      unitId: row.unitId,
      code: row.code,
      name: row.name,
      vintage: row.vintage,
      year: row.year,
      before: before[index] ?? null,
      after,
      kind,
      document: row.document,
    }
  })
}

/** The review of one batch: its facts, the counts and every value with before and after. */
export async function batchPreview(sql: Sql, id: number) {
  const batch = await batchById(sql, id)
  if (!batch) return undefined
  const changes = await batchChanges(sql, batch)
  const { summary, byIndicator, byUnit } = summarise(changes)
  return {
    ...batch,
    summary,
    byIndicator,
    byUnit,
    changes: changes.map(({ unitId: _unitId, ...change }) => change),
  }
}
