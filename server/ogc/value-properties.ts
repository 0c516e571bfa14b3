import type { UnitValue } from '../sql/indicator-values'

// How one year's indicator values become flat feature properties for GIS (issue #13 §3): desktop
// GIS reads a table of columns, so each indicator gets its value column (named by its code) and
// three beside it: `_provenance` (official, imported or sample), `_method` (stored, villages,
// crosswalk or successor: how the value reached this commune) and `_source`. Every feature carries
// every column, null where there is no value: GDAL and QGIS build the table from the first page.

export type ValueColumns = Record<string, string | number | boolean | null>

/** A value as it is: a number (or a share, for a yes/no or status carried from former units), a category, or yes/no. */
const shownValue = (value: UnitValue | undefined) =>
  value?.valueNumber ?? value?.valueCategory ?? value?.valueFlag ?? null

/** The columns of each of the communes (by code) for one year; a commune without values gets nulls. */
export function valueProperties(
  codes: string[],
  indicators: string[],
  year: number,
  values: UnitValue[],
): Map<string, ValueColumns> {
  const byCell = new Map(values.map((value) => [`${value.code}|${value.indicator}`, value]))
  return new Map(
    codes.map((code) => {
      const columns: ValueColumns = { year }
      for (const indicator of indicators) {
        const value = byCell.get(`${code}|${indicator}`)
        const found = shownValue(value) !== null
        columns[indicator] = shownValue(value)
        columns[`${indicator}_provenance`] = found ? (value?.provenance ?? null) : null
        columns[`${indicator}_method`] = found ? (value?.method ?? null) : null
        columns[`${indicator}_source`] = found ? (value?.source ?? null) : null
      }
      return [code, columns]
    }),
  )
}
