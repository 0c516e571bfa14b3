import type { Sql } from '../db'
import { carryWords, isCarryRule } from '../planning/carry'
import type { Provenance } from './indicator-values'

export type FormerUnit = {
  code: string
  name: string
  vintage: string
  kind: string
  share: number
  values: Record<string, { value: number | string | boolean; provenance: Provenance }>
}

/**
 * For a 2025 commune, the units of the 2021 list it was made of (NQ 1672) with their own values of
 * one year (2021–2024), and each indicator's rule for carrying them onto the new commune: what the
 * map's pre-merger years are computed from. Village indicators have no values on 2021 units (they
 * come from the villages), so they appear in `rules` only.
 */
export async function formerUnitValues(sql: Sql, code: string, year: number) {
  const [unit] = await sql<{ id: number; name: string; isCommune2025: boolean }[]>`
    select id, name, (level = 'commune' and vintage = '2025') as is_commune_2025 from unit
    where code = ${code}
    order by (level = 'commune' and vintage = '2025') desc limit 1`
  if (!unit) return { error: 'unknown-unit' } as const
  if (!unit.isCommune2025) return { error: 'not-a-2025-commune' } as const
  const rules = await sql<{ code: string; carryRule: string }[]>`
    select code, carry_rule from indicator where measured_at in ('commune', 'village') order by headline nulls last, sort`
  const former = await sql<FormerUnit[]>`
    select f.code, f.name, f.vintage, x.kind, x.share,
      coalesce(json_object_agg(v.indicator, json_build_object(
        'value', coalesce(to_json(v.value_number), to_json(v.value_category), to_json(v.value_flag)),
        'provenance', v.provenance) order by i.sort) filter (where v.id is not null), '{}'::json) as values
    from crosswalk x
    join unit f on f.id = x.from_unit_id and f.vintage = '2021'
    left join (current_value v join indicator i on i.code = v.indicator and i.measured_at in ('commune', 'village'))
      on v.unit_id = f.id and v.year = ${year}
    where x.to_unit_id = ${unit.id}
    group by f.code, f.name, f.vintage, x.kind, x.share
    order by x.share desc, f.code`
  return {
    code,
    name: unit.name,
    year,
    rules: Object.fromEntries(
      rules.map((rule) => [rule.code, isCarryRule(rule.carryRule) ? carryWords[rule.carryRule] : null]),
    ),
    former,
  }
}
