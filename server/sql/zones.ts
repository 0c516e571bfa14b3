import { randomUUID } from 'node:crypto'
import type { Sql } from '../db'

// The defence-related layers, built in PostGIS from the (public) border line and communes, and the
// restricted zones. Every query is guarded in the database as well: the defence tables have
// row-level security, and the layers computed from public data ask `portal_has_role('border')`, so
// they answer nothing unless the request runs with the border role (see auth/role-scope.ts).

export const zoneKinds = ['border_belt', 'border_area', 'gates', 'restricted'] as const
export type ZoneKind = (typeof zoneKinds)[number]

const legalBasis =
  'Nghị định 34/2014/NĐ-CP (Quy chế khu vực biên giới đất liền), sửa đổi bởi Nghị định 299/2025/NĐ-CP; Luật Biên giới quốc gia 2003, Điều 6'

/** The strip inside the province within the configured width of the (indicative) border line. */
export async function borderBeltGeoJson(sql: Sql): Promise<string> {
  const [row] = await sql<{ collection: string }[]>`
    with setting as (
      select (value #>> '{}')::float8 as width, note from defence.setting where key = 'border_belt_width_m'
    ), belt as (
      select s.width, s.note,
        st_intersection(p.geom_medium, st_buffer(b.geom_medium::geography, s.width)::geometry) as geom
      from setting s, border_line b, unit p
      where b.kind = 'derived' and p.level = 'province' and portal_has_role('border')
    )
    select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'id', 'belt',
      'geometry', st_asgeojson(geom, 5)::json,
      'properties', json_build_object('kind', 'border_belt', 'widthM', width, 'areaKm2', round((st_area(geom::geography) / 1e6)::numeric, 1),
        'indicative', true, 'legalBasis', ${legalBasis}::text, 'note', note)
    )), '[]'::json))::text as collection
    from belt`
  return row!.collection
}

/**
 * The communes whose territory touches the border line (at least 500 m of the line within 200 m of
 * the commune: the 2008–2019 polygons are coarse), for the 2025 and the 2008–2019 communes, with
 * notes comparing them with the communes named in public sources and with the official count.
 */
export async function borderAreaGeoJson(sql: Sql): Promise<string> {
  const [row] = await sql<{ collection: string }[]>`
    with border_communes as (
      -- the rule is border_lengths() (0013), applied when the data is loaded
      select u.id, u.code, u.name, u.vintage, case when u.vintage = '2025' then u.geom_medium else u.geom end as shape,
        u.border_km
      from unit u
      where u.level = 'commune' and u.vintage in ('2025', '2019') and portal_has_role('border') and u.border_km is not null
    ),
    named as (select code, name, level from defence.named_border_commune),
    units_2021 as (
      select distinct t.code from border_communes b join crosswalk c on c.from_unit_id = b.id join unit t on t.id = c.to_unit_id
      where b.vintage = '2019' and t.vintage = '2021'
    )
    select json_build_object(
      'type', 'FeatureCollection',
      'features', coalesce((select json_agg(json_build_object(
        'type', 'Feature',
        'id', vintage || '-' || code,
        'geometry', st_asgeojson(shape, 5)::json,
        'properties', json_build_object('kind', 'border_area', 'code', code, 'name', name, 'vintage', vintage,
          'borderKm', round(border_km::numeric, 1), 'named', exists (select 1 from named n where n.code = b.code),
          'indicative', true, 'legalBasis', ${legalBasis}::text)
      ) order by vintage desc, code) from border_communes b), '[]'::json),
      'notes', case when portal_has_role('border') then json_build_object(
        'rule', 'communes with at least 0.5 km of the indicative border line within 200 m of their boundary',
        'communes2025', (select count(*) from border_communes where vintage = '2025'),
        'communes2019', (select count(*) from border_communes where vintage = '2019'),
        'units2021', (select count(*) from units_2021),
        'official2021', '20 xã + 1 thị trấn (pre-2025, 2021 list of 200 units; no polygons exist for it)',
        'namedNotTouching', coalesce((select json_agg(n.name || ' (' || n.code || ')') from named n
          where not exists (select 1 from border_communes b where b.code = n.code)), '[]'::json),
        'touchingNotNamed2019', coalesce((select json_agg(b.name || ' (' || b.code || ')' order by b.code) from border_communes b
          where b.vintage = '2019' and not exists (select 1 from named n where n.code = b.code)), '[]'::json),
        'caveat', 'Computed from the indicative border line and coarse 2008–2019 polygons; the official list is the decision of the authorities.'
      ) end
    )::text as collection`
  return row!.collection
}

export async function gatesGeoJson(sql: Sql): Promise<string> {
  const [row] = await sql<{ collection: string }[]>`
    select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'id', id,
      'geometry', st_asgeojson(geom, 5)::json,
      'properties', json_build_object('kind', 'gate', 'name', name, 'mode', mode, 'classification', classification,
        'classificationVi', classification_vi,
        'counterpart', counterpart, 'locationNote', location_note, 'located', geom is not null, 'note', note, 'source', source)
    ) order by name), '[]'::json))::text as collection
    from defence.border_gate`
  return row!.collection
}

export async function restrictedZonesGeoJson(sql: Sql): Promise<string> {
  const [row] = await sql<{ collection: string }[]>`
    select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'id', id,
      'geometry', st_asgeojson(geom, 6)::json,
      'properties', json_build_object('kind', 'restricted', 'id', id, 'name', name, 'note', note,
        'areaKm2', round((st_area(geom::geography) / 1e6)::numeric, 3), 'createdBy', created_by, 'createdAt', created_at,
        'updatedBy', updated_by, 'updatedAt', updated_at)
    ) order by created_at, id), '[]'::json))::text as collection
    from defence.restricted_zone where deleted_at is null`
  return row!.collection
}

export type ZoneInput = { name: string; note: string | null; geometry: string }

/** Why a drawn or uploaded geometry cannot be a zone: GEOS's reason for an invalid shape and where. */
export type ZoneGeometryProblem =
  | { kind: 'invalid'; reason: string | null; longitude: number | null; latitude: number | null }
  | { kind: 'outside' }
  | { kind: 'too large' }

/**
 * What is wrong with a zone's geometry (a MultiPolygon in GeoJSON), or null. The shape is checked
 * with ST_IsValidDetail first and never repaired: st_makevalid took 849 s on a 7.5 KB self-crossing
 * star and held the embedded database (issue #9); the validity check takes milliseconds.
 */
export async function zoneGeometryProblem(sql: Sql, geometry: string): Promise<ZoneGeometryProblem | null> {
  const [row] = await sql<
    {
      kind: ZoneGeometryProblem['kind'] | null
      reason: string | null
      longitude: number | null
      latitude: number | null
    }[]
  >`
    with g as (select st_setsrid(st_geomfromgeojson(${geometry}), 4326) as geom),
    checked as (select g.geom as zone, st_isvaliddetail(g.geom) as detail from g)
    select case
        when not (c.detail).valid then 'invalid'
        when not exists (select 1 from unit p where p.level = 'province' and st_intersects(p.geom_medium, c.zone)) then 'outside'
        when st_area(c.zone::geography) > 2e9 then 'too large'
      end as kind,
      (c.detail).reason, st_x((c.detail).location) as longitude, st_y((c.detail).location) as latitude
    from checked c`
  if (!row?.kind) return null
  return row.kind === 'invalid'
    ? { kind: 'invalid', reason: row.reason, longitude: row.longitude, latitude: row.latitude }
    : { kind: row.kind }
}

/**
 * Adds a zone (its geometry checked by zoneGeometryProblem) and answers its id: a random uuid made
 * here, since an admin may add a zone without being allowed to read it back (no RETURNING), and a
 * counter would tell it how many zones others added (0008_unguessable_ids.sql).
 */
export async function addZone(sql: Sql, zone: ZoneInput, username: string): Promise<string> {
  const id = randomUUID()
  await sql`
    insert into defence.restricted_zone (id, name, note, geom, created_by)
    values (${id}, ${zone.name}, ${zone.note}, st_multi(st_setsrid(st_geomfromgeojson(${zone.geometry}), 4326)), ${username})`
  return id
}

/** Changes a live zone; false when there is none with that id (or the caller may not see it). */
export async function changeZone(
  sql: Sql,
  id: string,
  change: Partial<ZoneInput> & { deleted?: boolean },
  username: string,
): Promise<boolean> {
  const rows = await sql`
    update defence.restricted_zone set
      name = coalesce(${change.name ?? null}, name),
      note = case when ${change.note !== undefined} then ${change.note ?? null} else note end,
      geom = coalesce(st_multi(st_setsrid(st_geomfromgeojson(${change.geometry ?? null}), 4326)), geom),
      deleted_at = case when ${change.deleted ?? false} then now() else deleted_at end,
      updated_by = ${username}, updated_at = now()
    where id = ${id} and deleted_at is null
    returning id`
  return rows.length > 0
}

export async function beltWidth(sql: Sql): Promise<{ widthM: number; note: string | null } | undefined> {
  const [row] = await sql<{ widthM: number; note: string | null }[]>`
    select (value #>> '{}')::float8 as width_m, note from defence.setting where key = 'border_belt_width_m'`
  return row
}

export async function setBeltWidth(sql: Sql, widthM: number, username: string): Promise<boolean> {
  const rows = await sql`
    update defence.setting set value = to_jsonb(${widthM}::float8), updated_by = ${username}, updated_at = now()
    where key = 'border_belt_width_m' returning key`
  return rows.length > 0
}

export type NearBorder = {
  level: 'village' | 'commune'
  id: number | null
  code: string | null
  name: string
  communeCode: string | null
  communeName: string | null
  distanceKm: number
  flags: Record<string, boolean> | null
}

/** Villages (with their latest flags) or 2025 communes within `withinKm` of the border line, nearest first (distances measured at load, 0015). */
export async function nearBorder(sql: Sql, level: 'village' | 'commune', withinKm: number): Promise<NearBorder[]> {
  if (level === 'commune') {
    return sql<NearBorder[]>`
      select 'commune' as level, null::int as id, u.code, u.name, u.code as commune_code, u.name as commune_name,
        round((u.border_m / 1000)::numeric, 2)::float8 as distance_km, null::jsonb as flags
      from unit u
      where u.level = 'commune' and u.vintage = '2025' and portal_has_role('border')
        and u.border_m <= ${withinKm * 1000}
      order by distance_km, u.name`
  }
  return sql<NearBorder[]>`
    with near as (
      select v.id, v.name, c.code as commune_code, c.name as commune_name,
        round((v.border_m / 1000)::numeric, 2)::float8 as distance_km
      from village v join unit c on c.id = v.commune_2025_id
      where portal_has_role('border') and v.border_m <= ${withinKm * 1000}
    ), latest as (
      select indicator, max(year) as year from current_value where village_id is not null group by indicator
    )
    select 'village' as level, n.id, null as code, n.name, n.commune_code, n.commune_name, n.distance_km,
      coalesce((select jsonb_object_agg(v.indicator, v.value_flag) from current_value v join latest l on l.indicator = v.indicator and l.year = v.year
        where v.village_id = n.id), '{}'::jsonb) as flags
    from near n
    order by n.distance_km, n.name`
}
