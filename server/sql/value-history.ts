import type { Sql } from '../db'
import type { Provenance } from './indicator-values'

export type Version = {
  id: number
  indicator: string
  year: number
  value: number | string | boolean | null
  provenance: Provenance
  source: string
  recordedBy: string | null
  recordedAt: string
  importId: number | null
  note: string | null
  supersededBy: number | null
  withdrawn: boolean
}

const versionColumns = (sql: Sql) => sql`v.id::float8 as id, v.indicator, v.year,
  coalesce(to_jsonb(v.value_number), to_jsonb(v.value_category), to_jsonb(v.value_flag)) as value,
  v.provenance, v.source, v.recorded_by, v.recorded_at, v.import_id, v.note, v.superseded_by::float8 as superseded_by, v.withdrawn`

/** The unit with this code in a list (vintage), or the newest list holding it. */
export async function unitIdOf(sql: Sql, code: string, vintage?: string): Promise<number | undefined> {
  const [unit] = await sql<{ id: number }[]>`
    select id from unit where code = ${code} and (${vintage ?? null}::text is null or vintage = ${vintage ?? null})
    order by vintage desc limit 1`
  return unit?.id
}

/** Every version recorded on a unit, newest first, optionally of one indicator and year. */
export async function unitHistory(sql: Sql, request: { unitId: number; indicator?: string; year?: number }) {
  return sql<Version[]>`
    select ${versionColumns(sql)} from indicator_value v
    where v.unit_id = ${request.unitId}
      and (${request.indicator ?? null}::text is null or v.indicator = ${request.indicator ?? null})
      and (${request.year ?? null}::int is null or v.year = ${request.year ?? null})
    order by v.id desc`
}

/** The versions an import wrote and those that followed them (a rollback, a later correction), newest first. */
export async function importHistory(sql: Sql, importId: number) {
  return sql<(Version & { code: string; vintage: string })[]>`
    select ${versionColumns(sql)}, u.code, u.vintage from indicator_value v join unit u on u.id = v.unit_id
    where v.import_id = ${importId}
      or v.id in (select w.superseded_by from indicator_value w where w.import_id = ${importId})
    order by v.id desc`
}

/** The current version's id of a unit's value (after a correction was recorded). */
export async function currentVersionId(sql: Sql, key: { unitId: number; indicator: string; year: number }) {
  const [row] = await sql<{ id: number }[]>`
    select id::float8 as id from indicator_value
    where unit_id = ${key.unitId} and indicator = ${key.indicator} and year = ${key.year} and superseded_by is null`
  return row?.id
}
