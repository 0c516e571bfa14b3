import { createHash } from 'node:crypto'
import fs from 'node:fs'
import type { Sql } from '../db'
import type { ProvinceValue } from '../planning/province'

// The scoreboard's figures of one public data version (0016_plan_figures.sql): computed by the first
// planner after a change, read by the rest until the version moves. Planner and admin only: the
// route's policy (planner:tools) lets no one else ask, and the table's row-level security refuses
// anyone else a read or a write.

export type PlanFigures = {
  /** Each indicator with a target: the province's figures 2021–2026. */
  series: Record<string, ProvinceValue[]>
  /** `indicator:targetYear:year` → communes meeting the commune target in that year, of those with a value. */
  meeting: Record<string, { met: number; total: number }>
}

// The code the figures come from: the rules and words of server/planning and the SQL gathering
// their inputs. Figures stored by another release (a rule or a sentence changed) are not read, so
// a new release never shows an old computation until the data next changes.
const sources = [
  ...fs
    .readdirSync(new URL('../planning/', import.meta.url))
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => new URL(`../planning/${name}`, import.meta.url)),
  new URL('./targets.ts', import.meta.url),
  new URL('./indicator-values.ts', import.meta.url),
]
let digest: string | undefined
export const computedBy = () => {
  digest ??= sources
    .reduce((hash, file) => hash.update(fs.readFileSync(file)), createHash('sha256'))
    .digest('base64url')
    .slice(0, 22)
  return digest
}

/** The data version this transaction sees, and the figures this code stored for it if any. */
export async function storedPlanFigures(sql: Sql) {
  const [row] = await sql<{ version: number; figures: PlanFigures | null }[]>`
    select p.version::float8 as version, f.figures
    from public_version p left join plan_figures f on f.version = p.version and f.computed_by = ${computedBy()}`
  return row!
}

/**
 * Keeps the figures computed at `version` (read before the values they come from, so never newer
 * than them), and drops those of earlier versions. Two planners computing at once store one.
 */
export async function storePlanFigures(sql: Sql, version: number, figures: PlanFigures) {
  await sql`delete from plan_figures where version < ${version}`
  await sql`insert into plan_figures (version, computed_by, figures) values (${version}, ${computedBy()}, ${sql.json(figures)})
    on conflict (version, computed_by) do nothing`
}
