import type { Sql } from '../db'
import type { Message } from '../message'
import { clauseWords, targetWords } from '../planning/target-words'
import type { TargetOperator } from '../planning/targets'

export type Target = {
  year: 2025 | 2030
  operator: TargetOperator
  value: number
  scope: 'commune' | 'province'
  textVi: string
  clause: string
  /** Where the plan sets it, in words: "mục II.2.1, ý thứ 4". */
  clauseWords: Message
  /** The target in words (planning/target-words.ts), e.g. "≥ 80 %" or "giảm ≥ 3 điểm %/năm …". */
  words: Message
  /** Each commune has its own threshold ("reduce by N points a year" from its 2021 value). */
  perCommune: boolean
}

export type Indicator = {
  code: string
  domain: string
  nameVi: string
  nameEn: string
  unit: string
  valueType: 'number' | 'category' | 'flag'
  measuredAt: 'commune' | 'village' | 'province'
  better: 'higher' | 'lower'
  headline: number | null
  sort: number
  carryRule: string
  planClause: string | null
  departmentVi: string | null
  departmentEn: string | null
  departmentClause: string | null
  source: string
  targets: Target[]
  /** Years with values for the 2025 communes: stored, carried through the crosswalk, or from villages. */
  years: number[]
  /** Provenances of the values behind those years (e.g. ["sample"] or ["official", "sample"]). */
  provenances: string[]
}

/** The catalogue, headline indicators first, with targets and the years that have data. */
export async function listIndicators(sql: Sql, code?: string): Promise<Indicator[]> {
  return withTargetWords(await catalogue(sql, code, true))
}

/**
 * The catalogue without the years and provenances of its values, which take a pass over every
 * stored value (about 70 ms on PostgreSQL): for answers that show values of their own (unit detail).
 */
export async function catalogueEntries(sql: Sql): Promise<Omit<Indicator, 'years' | 'provenances'>[]> {
  const rows = await catalogue(sql, undefined, false)
  return withTargetWords(rows.map(({ years: _years, provenances: _provenances, ...entry }) => entry))
}

function withTargetWords<
  Entry extends { unit: string; targets: Omit<Target, 'words' | 'clauseWords' | 'perCommune'>[] },
>(rows: Entry[]) {
  return rows.map((indicator) => ({
    ...indicator,
    targets: indicator.targets.map((target) => ({
      ...target,
      words: targetWords(target, indicator.unit),
      clauseWords: clauseWords(target.clause),
      perCommune: target.operator === 'reduce_pp_per_year' && target.scope === 'commune',
    })),
  }))
}

function catalogue(sql: Sql, code: string | undefined, availability: boolean) {
  const available = availability
    ? sql`
      select v.indicator, array_agg(distinct v.year order by v.year) as years, array_agg(distinct v.provenance) as provenances
      from current_value v
      left join unit u on u.id = v.unit_id
      where (v.village_id is not null or (u.level = 'commune' and u.vintage in ('2021', '2025')) or u.level = 'province')
      group by v.indicator`
    : sql`select null::text as indicator, null::int[] as years, null::text[] as provenances where false`
  return sql<(Omit<Indicator, 'targets'> & { targets: Omit<Target, 'words' | 'clauseWords' | 'perCommune'>[] })[]>`
    with available as (${available})
    select i.code, i.domain, i.name_vi, i.name_en, i.unit, i.value_type, i.measured_at, i.better, i.headline, i.sort,
      i.carry_rule, i.plan_clause, i.department_vi, i.department_en, i.department_clause, i.source,
      coalesce((select json_agg(json_build_object('year', t.year, 'operator', t.operator, 'value', t.value,
        'scope', t.scope, 'textVi', t.text_vi, 'clause', t.clause) order by t.year)
        from indicator_target t where t.indicator = i.code), '[]'::json) as targets,
      coalesce(a.years, '{}') as years,
      coalesce(a.provenances, '{}') as provenances
    from indicator i left join available a on a.indicator = i.code
    where ${code ?? null}::text is null or i.code = ${code ?? null}
    order by i.headline nulls last, i.sort`
}
