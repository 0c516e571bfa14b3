import type { Sql } from '../db'
import type { Message } from '../message'
import { communeValues, type IndicatorTargets, type ValueCell } from '../planning/commune-values'
import type { TargetCheck } from '../planning/targets'

export type Provenance = 'official' | 'sample' | 'imported'
export type Method = 'stored' | 'villages' | 'crosswalk' | 'successor'

export type UnitValue = {
  indicator: string
  year: number
  code: string
  name: string
  valueNumber: number | null
  valueCategory: string | null
  valueFlag: boolean | null
  provenance: Provenance | null
  source: string | null
  method: Method | null
  /** villages: how many mapped villages have a value, and how many have the flag. */
  villages: number | null
  flagged: number | null
  /** crosswalk/successor: the former (or containing) units the value comes from. */
  fromCodes: string[] | null
  /** The commune-level targets (2025, 2030) and how this value stands against each. */
  targets: (TargetCheck & { words: Message })[]
}

export type ValuesRequest = {
  indicators: string[]
  years: number[]
  vintage: string
  unitCode?: string
  /** Only these communes (a page of them); all of the vintage when absent. */
  unitCodes?: string[]
  /** false: the values alone, without their checks against the targets (nor the 2021 baseline these read). */
  targets?: boolean
}

/**
 * Values of communes of one vintage, for indicators × years, from the best source available:
 * - stored: a value recorded on the commune itself;
 * - villages: for village indicators, the share (or count) of its mapped villages with the flag;
 * - crosswalk: for 2025 communes in 2021–2024, the 2021 units' values carried by the indicator's
 *   rule (planning/carry.ts), and only when every former unit has a value;
 * - successor: for 2008–2019 communes, the value of the 2021 unit that absorbed them.
 * Every commune × indicator × year is listed; without a value the value columns are null. Each row
 * carries its provenance (the weakest of its inputs) and how it stands against the commune targets
 * (planning/commune-values.ts).
 */
export async function indicatorValues(sql: Sql, request: ValuesRequest): Promise<UnitValue[]> {
  if (request.targets === false) return communeValues(await valueCells(sql, request), [], request.years)
  // The 2021 value is the baseline of "reduce by N points a year" targets, so it is read with them.
  const years = [...new Set([2021, ...request.years])]
  const [cells, targets] = await Promise.all([
    valueCells(sql, { ...request, years }),
    indicatorTargets(sql, request.indicators),
  ])
  return communeValues(cells, targets, request.years)
}

/** The commune targets of the indicators, with what comparing a value with them needs. */
const indicatorTargets = (sql: Sql, indicators: string[]) => sql<IndicatorTargets[]>`
  select i.code as indicator, i.unit, i.value_type,
    coalesce(json_agg(json_build_object('year', t.year, 'operator', t.operator, 'value', t.value, 'scope', t.scope)
      order by t.year) filter (where t.year is not null), '[]'::json) as targets
  from indicator i left join indicator_target t on t.indicator = i.code and t.scope = 'commune'
  where i.code = any(${indicators}::text[])
  group by i.code`

function valueCells(sql: Sql, request: ValuesRequest) {
  const { indicators, vintage, years } = request
  return sql<ValueCell[]>`
    with target as (
      select u.id, u.code, u.name from unit u
      where u.level = 'commune' and u.vintage = ${vintage} and (${request.unitCode ?? null}::text is null or u.code = ${request.unitCode ?? null})
        and (${request.unitCodes ?? null}::text[] is null or u.code = any(${request.unitCodes ?? null}::text[]))
    ), cell as (
      select t.id, t.code, t.name, i.code as indicator, i.carry_rule, y.year
      from target t cross join indicator i cross join unnest(${years}::int[]) as y(year)
      where i.code = any(${indicators}::text[]) and i.measured_at <> 'province'
    ), stored as (
      select c.id, c.indicator, c.year, v.value_number, v.value_category, v.value_flag, v.provenance, v.source
      from cell c join current_value v on v.unit_id = c.id and v.indicator = c.indicator and v.year = c.year
    ), from_villages as (
      select c.id, c.indicator, c.year,
        case when c.carry_rule = 'village_share'
          then round((100.0 * count(*) filter (where f.value_flag) / count(*))::numeric, 2)::float8
          else (count(*) filter (where f.value_flag))::float8 end as value_number,
        array_agg(distinct f.provenance) as provenances,
        count(*)::int as villages, (count(*) filter (where f.value_flag))::int as flagged,
        case when count(distinct f.source) = 1 then min(f.source) else 'several sources' end as source
      from cell c
      join village vi on (${vintage} = '2025' and vi.commune_2025_id = c.id) or (${vintage} = '2019' and vi.commune_2019_id = c.id)
      -- one lookup per village in the (indicator, village, year) index: as a plain join the planner
      -- read all 24 values of each village and filtered them (36 ms against 15 for the ranking)
      cross join lateral (select v.value_flag, v.provenance, v.source from current_value v
        where v.indicator = c.indicator and v.village_id = vi.id and v.year = c.year limit 1) f
      where c.carry_rule in ('village_share', 'village_count')
      group by c.id, c.indicator, c.year, c.carry_rule
    ), former as materialized (
      -- the former units of each cell with their values, weights and shares, for planning/carry.ts
      select c.id, c.indicator, c.year, json_agg(json_build_object('code', f.code, 'share', x.share,
          'valueNumber', v.value_number, 'valueCategory', v.value_category, 'valueFlag', v.value_flag,
          'provenance', v.provenance, 'source', v.source, 'areaKm2', f.area_km2,
          'people', coalesce(people.value_number, (select avg(p.value_number) from current_value p join unit pu on pu.id = p.unit_id
            where pu.vintage = '2021' and p.indicator = 'population'))) order by f.code) as parts
      from cell c
      join crosswalk x on x.to_unit_id = c.id
      join unit f on f.id = x.from_unit_id and f.vintage = '2021'
      left join current_value v on v.unit_id = f.id and v.indicator = c.indicator and v.year = c.year
      left join lateral (select p.value_number from current_value p where p.unit_id = f.id and p.indicator = 'population'
        order by p.year desc limit 1) people on true
      where ${vintage} = '2025' and c.carry_rule in ('sum', 'population_mean', 'area_mean', 'share_of_former_yes', 'share_of_former_region_iii')
        -- only where the commune holds no value of its own: the parts are read for nothing else
        and not exists (select 1 from stored s where (s.id, s.indicator, s.year) = (c.id, c.indicator, c.year))
      group by c.id, c.indicator, c.year
    ), successor as (
      select distinct on (c.id, c.indicator, c.year) c.id, c.indicator, c.year,
        v.value_number, v.value_category, v.value_flag, v.provenance, v.source, n.code
      from cell c
      join crosswalk x on x.from_unit_id = c.id
      join unit n on n.id = x.to_unit_id and n.vintage = '2021'
      join current_value v on v.unit_id = n.id and v.indicator = c.indicator and v.year = c.year
      where ${vintage} = '2019'
      order by c.id, c.indicator, c.year, x.share desc, n.code
    )
    select c.indicator, c.year, c.code, c.name, c.carry_rule,
      coalesce(s.value_number, fv.value_number, sc.value_number) as value_number,
      coalesce(s.value_category, sc.value_category) as value_category,
      coalesce(s.value_flag, sc.value_flag) as value_flag,
      coalesce(case when s.id is not null then array[s.provenance] end, fv.provenances,
        case when sc.id is not null then array[sc.provenance] end) as provenances,
      coalesce(s.source, fv.source, sc.source) as source,
      case when s.id is not null then 'stored' when fv.id is not null then 'villages'
        when sc.id is not null then 'successor' end as method,
      fv.villages, fv.flagged,
      case when sc.id is not null then array[sc.code] end as from_codes,
      case when s.id is null then fo.parts end as parts
    from cell c
    left join stored s on (s.id, s.indicator, s.year) = (c.id, c.indicator, c.year)
    left join from_villages fv on (fv.id, fv.indicator, fv.year) = (c.id, c.indicator, c.year) and s.id is null
    left join former fo on (fo.id, fo.indicator, fo.year) = (c.id, c.indicator, c.year)
    left join successor sc on (sc.id, sc.indicator, sc.year) = (c.id, c.indicator, c.year) and s.id is null
    order by c.indicator, c.year, c.code`
}

export type VillageValue = {
  id: number
  name: string
  valueFlag: boolean | null
  provenance: Provenance | null
  source: string | null
}

/** The flag of every village for a village indicator and year (null where none is recorded). */
export async function villageValues(
  sql: Sql,
  params: { indicator: string; year: number; commune?: string },
): Promise<VillageValue[]> {
  return sql<VillageValue[]>`
    select vi.id, vi.name, v.value_flag, v.provenance, v.source
    from village vi
    left join unit c on c.id = vi.commune_2025_id
    left join current_value v on v.village_id = vi.id and v.indicator = ${params.indicator} and v.year = ${params.year}
    where ${params.commune ?? null}::text is null or c.code = ${params.commune ?? null}
    order by vi.id`
}
