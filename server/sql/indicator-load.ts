import type { Sql } from '../db'
import type { IndicatorRecord, OfficialTotalRecord, TargetRecord } from '../geodata/records'
import { jsonRows } from './json-rows'

// Loader writes for the indicator catalogue, targets, totals and values.

export async function upsertIndicators(sql: Sql, indicators: IndicatorRecord[]): Promise<void> {
  await sql`
    insert into indicator (code, domain, name_vi, name_en, unit, value_type, measured_at, better, headline, sort,
      carry_rule, plan_clause, department_vi, department_en, department_clause, source)
    select * from jsonb_to_recordset(${jsonRows(sql, indicators)}::jsonb) as r(
      code text, domain text, name_vi text, name_en text, unit text, value_type text, measured_at text, better text,
      headline integer, sort integer, carry_rule text, plan_clause text, department_vi text, department_en text,
      department_clause text, source text)
    on conflict (code) do update set
      domain = excluded.domain, name_vi = excluded.name_vi, name_en = excluded.name_en, unit = excluded.unit,
      value_type = excluded.value_type, measured_at = excluded.measured_at, better = excluded.better,
      headline = excluded.headline, sort = excluded.sort, carry_rule = excluded.carry_rule,
      plan_clause = excluded.plan_clause, department_vi = excluded.department_vi,
      department_en = excluded.department_en, department_clause = excluded.department_clause, source = excluded.source`
}

export async function replaceTargets(sql: Sql, targets: TargetRecord[]): Promise<void> {
  await sql`delete from indicator_target`
  await sql`
    insert into indicator_target (indicator, year, operator, value, scope, text_vi, clause)
    select * from jsonb_to_recordset(${jsonRows(sql, targets)}::jsonb) as r(
      indicator text, year integer, operator text, value double precision, scope text, text_vi text, clause text)`
}

export async function replaceOfficialTotals(sql: Sql, totals: OfficialTotalRecord[]): Promise<void> {
  await sql`delete from official_total`
  await sql`
    insert into official_total (indicator, year_from, year_to, category, value, unit, source)
    select * from jsonb_to_recordset(${jsonRows(sql, totals)}::jsonb) as r(
      indicator text, year_from integer, year_to integer, category text, value double precision, unit text, source text)`
}

export type ValueInput = {
  indicator: string
  unitId?: number | null
  villageId?: number | null
  year: number
  valueNumber?: number | null
  valueCategory?: string | null
  valueFlag?: boolean | null
  provenance: 'official' | 'sample' | 'imported'
  source: string
  recordedBy?: string | null
  /** The import batch the value comes from (server/sql/import-publish.ts). */
  importId?: number | null
  /** Why the version was recorded (a correction, a rollback). */
  note?: string | null
}

/**
 * Records values as new versions: a value that differs from the current one (in value, provenance,
 * source or note) supersedes it, an identical one changes nothing (so reloading is idempotent), and
 * a sample value never replaces an official or imported one (unless that one was withdrawn). Must
 * run inside a transaction. Returns how many versions were added.
 */
export async function recordValues(sql: Sql, values: ValueInput[]): Promise<number> {
  const rows = values.map((value) => ({
    unitId: null,
    villageId: null,
    valueNumber: null,
    valueCategory: null,
    valueFlag: null,
    recordedBy: null,
    importId: null,
    note: null,
    ...value,
  }))
  await sql`
    create temp table value_change on commit drop as
    select nextval(pg_get_serial_sequence('indicator_value', 'id')) as new_id, i.*, c.id as old_id
    from jsonb_to_recordset(${jsonRows(sql, rows)}::jsonb) as i(
      indicator text, unit_id integer, village_id integer, year integer, value_number double precision,
      value_category text, value_flag boolean, provenance text, source text, recorded_by text, import_id integer,
      note text)
    left join indicator_value c on c.superseded_by is null and c.indicator = i.indicator and c.year = i.year
      and c.unit_id is not distinct from i.unit_id and c.village_id is not distinct from i.village_id
    where c.id is null
      or ((c.value_number, c.value_category, c.value_flag, c.provenance, c.source, c.note, c.withdrawn)
          is distinct from (i.value_number, i.value_category, i.value_flag, i.provenance, i.source, i.note, false)
        and not (i.provenance = 'sample' and c.provenance in ('official', 'imported') and not c.withdrawn))`
  await sql`update indicator_value v set superseded_by = c.new_id from value_change c where v.id = c.old_id`
  const inserted = await sql`
    insert into indicator_value (id, indicator, unit_id, village_id, year, value_number, value_category, value_flag,
      provenance, source, recorded_by, import_id, note)
    select new_id, indicator, unit_id, village_id, year, value_number, value_category, value_flag,
      provenance, source, recorded_by, import_id, note
    from value_change`
  await sql`drop table value_change`
  return inserted.count
}

/** Ids of units by "vintage:code", to turn official rows into values. */
export async function unitIdsByKey(sql: Sql): Promise<Map<string, number>> {
  const rows = await sql<{ id: number; code: string; vintage: string }[]>`select id, code, vintage from unit`
  return new Map(rows.map((row) => [`${row.vintage}:${row.code}`, row.id]))
}
