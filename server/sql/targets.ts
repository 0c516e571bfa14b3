import type { Sql } from '../db'
import { type CommuneSize, type FormerListTotal, provinceSeries, type StoredValue } from '../planning/province'
import { provinceGoal, targetStatus } from '../planning/target-status'
import { clauseWords, goalWords, ruleWords, statusWords, targetWords } from '../planning/target-words'
import { communesMeeting, type TargetOperator } from '../planning/targets'
import { indicatorValues } from './indicator-values'
import { type PlanFigures, storedPlanFigures, storePlanFigures } from './plan-figures'

// The plan's scoreboard. The SQL here gathers the inputs (the communes' values through
// indicatorValues, the figures stored on the province, the communes' population and area, the
// 2021 list's statuses); the province figures are computed from them in planning/province.ts.

const planYears = [2021, 2022, 2023, 2024, 2025, 2026]

type TargetRow = {
  indicator: string
  nameVi: string
  nameEn: string
  unit: string
  better: 'higher' | 'lower'
  valueType: string
  measuredAt: string
  carryRule: string
  targetYear: number
  operator: TargetOperator
  value: number
  scope: 'commune' | 'province'
  textVi: string
  clause: string
  departmentVi: string | null
  departmentEn: string | null
  departmentClause: string | null
}

const targetRows = (sql: Sql) => sql<TargetRow[]>`
  select t.indicator, i.name_vi, i.name_en, i.unit, i.better, i.value_type, i.measured_at, i.carry_rule,
    t.year as target_year, t.operator, t.value, t.scope, t.text_vi, t.clause,
    i.department_vi, i.department_en, i.department_clause
  from indicator_target t join indicator i on i.code = t.indicator
  order by i.headline nulls last, i.sort, t.year`

/**
 * Figures stored on the province, and the official province totals of a period (official_total)
 * for each year they cover: 385 of the 1,646 villages of the area are especially difficult in
 * 2026–2030; 88 communes are in region III in 2021–2025. Other categories of a total (94 villages
 * in region I and II communes only) are parts, not the province figure.
 */
const provinceValues = (sql: Sql) => sql<StoredValue[]>`
  select v.indicator, v.year, v.value_number, v.provenance, v.source, null::float8 as out_of
  from current_value v join unit u on u.id = v.unit_id
  where u.level = 'province' and u.vintage = '2025'
  union all
  select t.indicator, y.year, t.value, 'official', t.source,
    (select o.value from official_total o where o.indicator = t.indicator and o.year_from = t.year_from
      and o.category = 'all villages of the ethnic-minority area')
  from official_total t cross join unnest(${planYears}::int[]) as y(year)
  where y.year between t.year_from and t.year_to
    and ((t.indicator = 'especially_difficult_villages' and t.category = '')
      or (t.indicator = 'especially_difficult_commune' and t.category = 'III'))`

async function communeSizes(sql: Sql): Promise<Map<string, CommuneSize>> {
  const rows = await sql<({ code: string } & CommuneSize)[]>`
    select u.code, u.area_km2, (select v.value_number from current_value v
      where v.unit_id = u.id and v.indicator = 'population'
      order by v.year desc limit 1) as population
    from unit u where u.level = 'commune' and u.vintage = '2025'`
  return new Map(rows.map(({ code, ...size }) => [code, size]))
}

/** Statuses and yes/no values of the 200 units of the 2021 list, counted per indicator and year. */
const formerListTotals = (sql: Sql, indicators: string[]) => sql<FormerListTotal[]>`
  select v.indicator, v.year, count(*)::int as units,
    (count(*) filter (where v.value_category = 'III'))::int as region_iii,
    count(v.value_flag)::int as assessed, (count(*) filter (where v.value_flag))::int as yes,
    array_agg(distinct v.provenance) as provenances
  from current_value v
  join unit u on u.id = v.unit_id and u.level = 'commune' and u.vintage = '2021'
  join indicator i on i.code = v.indicator and i.value_type in ('flag', 'category')
  where v.indicator = any(${indicators}::text[])
  group by v.indicator, v.year`

/**
 * The province's figures of every target's indicator, 2021–2026, and the communes meeting each
 * commune target in each of those years: the work of the scoreboard, done once per data version.
 */
async function planFigures(sql: Sql, targets: TargetRow[]): Promise<PlanFigures> {
  const communeIndicators = [
    ...new Set(targets.filter((row) => row.measuredAt !== 'province').map((row) => row.indicator)),
  ]
  const communeRows = await indicatorValues(sql, { indicators: communeIndicators, years: planYears, vintage: '2025' })
  const inputs = {
    communeRows,
    stored: await provinceValues(sql),
    sizes: await communeSizes(sql),
    formerList: await formerListTotals(sql, communeIndicators),
  }
  const figures: PlanFigures = { series: {}, meeting: {} }
  for (const row of targets) {
    figures.series[row.indicator] ??= provinceSeries({ code: row.indicator, ...row }, planYears, inputs)
    if (row.scope !== 'commune') continue
    for (const year of planYears) {
      const rows = communeRows.filter((value) => value.indicator === row.indicator && value.year === year)
      figures.meeting[`${row.indicator}:${row.targetYear}:${year}`] = communesMeeting(rows, row.targetYear)
    }
  }
  return figures
}

/**
 * Every target of the plan (section II, 2025 and 2030) with the province's figures 2021–2026, the
 * value to reach, how many communes meet a commune target in `year`, and the status in `year`
 * (default: the latest year with any figure).
 */
export async function planScoreboard(sql: Sql, request: { year?: number }) {
  const stored = await storedPlanFigures(sql)
  const targets = await targetRows(sql)
  let figures = stored.figures
  if (!figures) {
    figures = await planFigures(sql, targets)
    await storePlanFigures(sql, stored.version, figures)
  }
  const series = new Map(Object.entries(figures.series))
  const year = request.year ?? Math.max(...[...series.values()].flat().map((value) => value.year), planYears[0]!)
  return {
    year,
    statusRule: ruleWords.status,
    targets: targets.map(({ valueType, measuredAt: _measuredAt, carryRule: _carryRule, ...target }) => {
      const all = series.get(target.indicator)!
      const upToYear = all.filter((value) => value.year <= year)
      const planTarget = { ...target, year: target.targetYear }
      const goal = provinceGoal(planTarget, valueType, all.find((value) => value.year === 2021)?.value ?? null)
      // A yes/no indicator's province figure is a share of communes; a status's, a number of communes.
      const provinceUnit = valueType === 'flag' ? 'percent' : valueType === 'category' ? 'count' : target.unit
      const status = targetStatus(goal, upToYear, target.targetYear)
      return {
        ...target,
        words: targetWords(planTarget, target.unit),
        clauseWords: clauseWords(target.clause),
        provinceUnit,
        province: upToYear.at(-1) ?? null,
        series: all,
        threshold: goal?.threshold ?? null,
        goalWords: goal ? goalWords(goal, provinceUnit) : null,
        communes:
          target.scope === 'commune'
            ? (figures.meeting[`${target.indicator}:${target.targetYear}:${year}`] ?? { met: 0, total: 0 })
            : null,
        status: status.status,
        /** The line the status was decided on, and the rule with its numbers in words. */
        trend:
          status.projected && status.first
            ? { from: { year: status.first.year, value: status.first.value }, to: status.projected }
            : null,
        statusWords: statusWords(status, goal, provinceUnit),
      }
    }),
  }
}
