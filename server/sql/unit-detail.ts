import type { Sql } from '../db'
import { nextTarget } from '../planning/targets'
import { indicatorValues, type UnitValue } from './indicator-values'
import { catalogueEntries } from './indicators'
import { findUnit, unitChildren, unitLinks } from './units'

const allYears = [2019, 2021, 2022, 2023, 2024, 2025, 2026]

/** Values recorded on a unit itself (province and district figures, populations), shaped like the rest. */
async function storedValues(sql: Sql, unitId: number): Promise<UnitValue[]> {
  return sql<UnitValue[]>`
    select v.indicator, v.year, u.code, u.name, v.value_number, v.value_category, v.value_flag, v.provenance, v.source,
      'stored' as method, null::int as villages, null::int as flagged, null::text[] as from_codes, '[]'::json as targets
    from current_value v join unit u on u.id = v.unit_id
    where v.unit_id = ${unitId} order by v.indicator, v.year`
}

export type VillageFlags = {
  id: number
  name: string
  coordPrecision: string
  year: number | null
  flags: Record<string, boolean>
}

/** The villages of a 2025 commune with their flags for each village indicator, in its latest year. */
async function villageFlags(sql: Sql, unitId: number): Promise<VillageFlags[]> {
  return sql<VillageFlags[]>`
    with latest as (
      select v.indicator, max(v.year) as year from current_value v join village vi on vi.id = v.village_id
      where vi.commune_2025_id = ${unitId} group by v.indicator
    )
    select vi.id, vi.name, vi.coord_precision, max(l.year) as year,
      coalesce(jsonb_object_agg(v.indicator, v.value_flag) filter (where v.indicator is not null), '{}'::jsonb) as flags
    from village vi
    left join latest l on true
    left join current_value v on v.village_id = vi.id and v.indicator = l.indicator and v.year = l.year
    where vi.commune_2025_id = ${unitId}
    group by vi.id, vi.name, vi.coord_precision
    order by vi.name`
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
  const catalogue = await catalogueEntries(sql)
  const values: UnitValue[] =
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
    .map((indicator) => {
      // Each value with its check against the plan's next commune target for its year.
      const series = present
        .filter((value) => value.indicator === indicator.code)
        .map(({ indicator: _code, code: _unit, name: _name, ...value }) => {
          const next = nextTarget(indicator.targets, value.year)
          const check = next ? (value.targets.find((item) => item.year === next.year) ?? null) : null
          return { ...value, next: next ? { year: next.year, check } : null }
        })
      return { ...indicator, series, latest: series.at(-1) ?? null }
    })
    .filter((indicator) => indicator.series.length > 0 || indicator.measuredAt !== 'province')
  const villages = unit.level === 'commune' && unit.vintage === '2025' ? await villageFlags(sql, unit.id) : []
  const { id: _id, ...rest } = unit
  return { unit: rest, former: links.former, later: links.later, children, indicators, villages }
}
