import type { Sql } from '../db'

export type Detail = 'low' | 'medium' | 'full'
export type UnitLevel = 'province' | 'district' | 'commune'

// Coordinates to 5 decimals (~1 m) are finer than any of the sources; full detail keeps the 6 they have.
const decimals: Record<Detail, number> = { low: 4, medium: 5, full: 6 }

/**
 * A GeoJSON FeatureCollection (as text, straight from PostGIS) of the units of one level and
 * vintage. Units of the 2021 and March 2025 lists have no open polygons: their features carry a
 * null geometry. Neighbours share edges exactly at every detail (see geodata/simplify.ts).
 */
export async function unitsGeoJson(
  sql: Sql,
  options: { level: UnitLevel; vintage: string; detail: Detail },
): Promise<string> {
  const column = sql(options.detail === 'full' ? 'geom' : options.detail === 'medium' ? 'geom_medium' : 'geom_low')
  const [row] = await sql<{ collection: string }[]>`
    select json_build_object(
      'type', 'FeatureCollection',
      'features', coalesce(json_agg(json_build_object(
        'type', 'Feature',
        'id', u.id,
        'geometry', st_asgeojson(u.${column}, ${decimals[options.detail]})::json,
        'properties', json_build_object(
          'code', u.code, 'name', u.name, 'type', u.type, 'level', u.level, 'vintage', u.vintage,
          'parentCode', p.code, 'areaKm2', round(u.area_km2::numeric, 2))
      ) order by u.code), '[]'::json)
    )::text as collection
    from unit u left join unit p on p.id = u.parent_id
    where u.level = ${options.level} and u.vintage = ${options.vintage}`
  return row!.collection
}

export type UnitSummary = { code: string; name: string; type: string; level: string; vintage: string }

export type UnitRecordView = UnitSummary & {
  id: number
  validFrom: string | null
  validTo: string | null
  areaKm2: number | null
  areaSource: string | null
  source: string
  bbox: [number, number, number, number] | null
  center: [number, number] | null
  parent: UnitSummary | null
}

/** One unit by code: the newest vintage holding the code, unless a vintage is named. */
export async function findUnit(sql: Sql, code: string, vintage?: string): Promise<UnitRecordView | undefined> {
  const [row] = await sql<UnitRecordView[]>`
    select u.id, u.code, u.name, u.type, u.level, u.vintage, u.valid_from::text, u.valid_to::text,
      u.area_km2, u.area_source, u.source,
      case when u.geom is not null then json_build_array(
        round(st_xmin(u.geom)::numeric, 5), round(st_ymin(u.geom)::numeric, 5),
        round(st_xmax(u.geom)::numeric, 5), round(st_ymax(u.geom)::numeric, 5)) end as bbox,
      case when u.geom is not null then json_build_array(
        round(st_x(st_pointonsurface(u.geom))::numeric, 5), round(st_y(st_pointonsurface(u.geom))::numeric, 5)) end as center,
      case when p.id is not null then json_build_object(
        'code', p.code, 'name', p.name, 'type', p.type, 'level', p.level, 'vintage', p.vintage) end as parent
    from unit u join vintage v on v.id = u.vintage left join unit p on p.id = u.parent_id
    where u.code = ${code} and (${vintage ?? null}::text is null or u.vintage = ${vintage ?? null})
    order by v.valid_from desc
    limit 1`
  return row
}

export type UnitLink = UnitSummary & { kind: string; share: number; shareRule: string; clause: string | null }

/** The units this one came from (earlier vintages) and went into (later ones), with shares. */
export async function unitLinks(sql: Sql, unitId: number): Promise<{ former: UnitLink[]; later: UnitLink[] }> {
  const rows = await sql<(UnitLink & { direction: 'former' | 'later' })[]>`
    select 'former' as direction, u.code, u.name, u.type, u.level, u.vintage, c.kind, c.share, c.share_rule, c.clause
    from crosswalk c join unit u on u.id = c.from_unit_id where c.to_unit_id = ${unitId}
    union all
    select 'later', u.code, u.name, u.type, u.level, u.vintage, c.kind, c.share, c.share_rule, c.clause
    from crosswalk c join unit u on u.id = c.to_unit_id where c.from_unit_id = ${unitId}
    order by 1, 6 desc, 2`
  const strip = ({ direction: _direction, ...link }: UnitLink & { direction: string }) => link
  return {
    former: rows.filter((row) => row.direction === 'former').map(strip),
    later: rows.filter((row) => row.direction === 'later').map(strip),
  }
}

/** Units whose parent is this one (the communes of a district or of the province). */
export async function unitChildren(sql: Sql, unitId: number): Promise<UnitSummary[]> {
  return sql<UnitSummary[]>`
    select code, name, type, level, vintage from unit where parent_id = ${unitId} order by vintage desc, code`
}
