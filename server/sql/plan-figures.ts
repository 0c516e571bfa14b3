import type { Sql } from '../db'
import type { ProvinceValue } from '../planning/province'

// The scoreboard's figures of one public data version (0016_plan_figures.sql): computed by the first
// planner after a change, read by the rest until the version moves.

export type PlanFigures = {
  /** Each indicator with a target: the province's figures 2021–2026. */
  series: Record<string, ProvinceValue[]>
  /** `indicator:targetYear:year` → communes meeting the commune target in that year, of those with a value. */
  meeting: Record<string, { met: number; total: number }>
}

/**
 * The data version this transaction sees, the figures stored for it if any, and whether the caller
 * may store them (the planner and admin roles, or the owner, whom row-level security does not bind).
 */
export async function storedPlanFigures(sql: Sql) {
  const [row] = await sql<{ version: number; figures: PlanFigures | null; mayStore: boolean }[]>`
    select p.version::float8 as version, f.figures,
      current_user <> 'portal_app' or portal_has_role('planner') or portal_has_role('admin') as may_store
    from public_version p left join plan_figures f on f.version = p.version`
  return row!
}

/**
 * Keeps the figures computed at `version` (read before the values they come from, so never newer
 * than them), and drops those of earlier versions. Two planners computing at once store one.
 */
export async function storePlanFigures(sql: Sql, version: number, figures: PlanFigures) {
  await sql`delete from plan_figures where version < ${version}`
  await sql`insert into plan_figures (version, figures) values (${version}, ${sql.json(figures)})
    on conflict (version) do nothing`
}
