import type { Sql } from '../db'
import type { Catalogue, CatalogueEntry } from '../imports/catalogue'
import type { TemplateIndicator } from '../imports/template'
import { jsonRows } from './json-rows'

/** The indicators an upload may name, with what their values must look like. */
export async function importCatalogue(sql: Sql): Promise<Catalogue> {
  const rows = await sql<CatalogueEntry[]>`select code, unit, value_type, measured_at from indicator order by sort`
  return new Map(rows.map((row) => [row.code, row]))
}

export type UnitLookup = { code: string; vintage: string; name: string | null }
export type UnitFound = {
  key: number
  id: number | null
  level: string | null
  officialName: string | null
  nameMatches: boolean
  /** The lists (vintages) that hold a commune with this code, for the message when it is the wrong one. */
  communeVintages: string[]
}

/**
 * Looks up (code, vintage) pairs and compares the names given with the official ones through
 * fold_name, as the loader does: without tone or vowel marks, so "Hoà" and "Hòa" agree, and with or
 * without the unit's type ("Xã Đồng Đăng" or "Đồng Đăng").
 */
export async function lookUpUnits(sql: Sql, units: UnitLookup[]): Promise<UnitFound[]> {
  const rows = units.map((unit, key) => ({ key, ...unit }))
  return sql<UnitFound[]>`
    select i.key, u.id, u.level, u.name as official_name,
      (i.name is null or u.id is null or fold_name(i.name) in (fold_name(u.name),
        fold_name(regexp_replace(u.name, '^(Xã|Phường|Thị trấn|Thành phố|Huyện|Tỉnh) ', '')))) as name_matches,
      coalesce((select array_agg(o.vintage order by o.vintage) from unit o where o.code = i.code and o.level = 'commune'),
        '{}') as commune_vintages
    from jsonb_to_recordset(${jsonRows(sql, rows)}::jsonb) as i(key integer, code text, vintage text, name text)
    left join unit u on u.code = i.code and u.vintage = i.vintage
    order by i.key`
}

/** The indicators a department can import per commune (not province figures, not the census population). */
export async function importableIndicators(sql: Sql): Promise<TemplateIndicator[]> {
  return sql<TemplateIndicator[]>`
    select code, name_vi, name_en, unit, value_type from indicator
    where measured_at in ('commune', 'village') and code <> 'population'
    order by headline nulls last, sort`
}

/** The communes of one list, by code, to pre-fill a template. */
export async function templateUnits(sql: Sql, vintage: string): Promise<{ code: string; name: string }[]> {
  return sql<{ code: string; name: string }[]>`
    select code, name from unit where level = 'commune' and vintage = ${vintage} order by code`
}
