import type { Sql } from '../db'
import { indicatorValues, type UnitValue } from './indicator-values'
import { listIndicators } from './indicators'
import { findUnit, unitChildren, unitLinks } from './units'

const allYears = [2019, 2021, 2022, 2023, 2024, 2025, 2026]

export type StoredValue = Pick<
  UnitValue,
  'indicator' | 'year' | 'valueNumber' | 'valueCategory' | 'valueFlag' | 'provenance' | 'source'
>

/** Values recorded on a unit itself (province and district figures, populations). */
async function storedValues(sql: Sql, unitId: number): Promise<StoredValue[]> {
  return sql<StoredValue[]>`
    select indicator, year, value_number, value_category, value_flag, provenance, source
    from indicator_value where unit_id = ${unitId} and superseded_by is null order by indicator, year`
}

/**
 * Everything the detail panel shows about one unit: the unit, its parent and children, the units
 * it came from and went into, and for every indicator its series of values (with provenance and
 * how each stands against the plan's targets) and the latest of them.
 */
export async function unitDetail(sql: Sql, code: string, vintage?: string) {
  const unit = await findUnit(sql, code, vintage)
  if (!unit) return undefined
  const links = await unitLinks(sql, unit.id)
  const children = await unitChildren(sql, unit.id)
  const catalogue = await listIndicators(sql)
  const values: StoredValue[] =
    unit.level === 'commune' && ['2025', '2019', '2021'].includes(unit.vintage)
      ? await indicatorValues(sql, {
          indicators: catalogue.map((item) => item.code),
          years: allYears,
          vintage: unit.vintage,
          unitCode: unit.code,
        })
      : await storedValues(sql, unit.id)
  const present = values.filter(
    (value) => value.valueNumber !== null || value.valueCategory !== null || value.valueFlag !== null,
  )
  const indicators = catalogue
    .map(({ years: _years, provenances: _provenances, ...indicator }) => {
      const series = present
        .filter((value) => value.indicator === indicator.code)
        .map(
          ({ indicator: _code, code: _unit, name: _name, ...value }: StoredValue & { code?: string; name?: string }) =>
            value,
        )
      return { ...indicator, series, latest: series.at(-1) ?? null }
    })
    .filter((indicator) => indicator.series.length > 0 || indicator.measuredAt !== 'province')
  const { id: _id, ...rest } = unit
  return { unit: rest, former: links.former, later: links.later, children, indicators }
}
