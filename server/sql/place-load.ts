import type { Sql } from '../db'
import type { BorderRecord, GateRecord, NamedBorderCommuneRecord, VillageRecord } from '../geodata/records'
import { jsonRows } from './json-rows'

// Loader writes for villages, the border line and border gates.

/** Inserts or updates villages by Who's On First id, then links each to the communes containing it. */
export async function upsertVillages(sql: Sql, villages: VillageRecord[]): Promise<void> {
  await sql`
    insert into village (wof_id, geonames_id, name, name_ascii, feature_code, coord_precision, elevation_m, geom, source)
    select r.wof_id, r.geonames_id, r.name, r.name_ascii, r.feature_code, r.coord_precision, r.elevation_m,
      st_geomfromgeojson(r.geometry), r.source
    from jsonb_to_recordset(${jsonRows(sql, villages)}::jsonb) as r(
      wof_id bigint, geonames_id integer, name text, name_ascii text, feature_code text, coord_precision text,
      elevation_m integer, geometry text, source text)
    on conflict (wof_id) do update set
      geonames_id = excluded.geonames_id, name = excluded.name, name_ascii = excluded.name_ascii,
      feature_code = excluded.feature_code, coord_precision = excluded.coord_precision,
      elevation_m = excluded.elevation_m, geom = excluded.geom, source = excluded.source`
  // Point in polygon first; a point in one of the coverage's slivers goes to the nearest commune.
  for (const vintage of ['2025', '2019']) {
    const column = vintage === '2025' ? sql('commune_2025_id') : sql('commune_2019_id')
    await sql`
      update village v set ${column} = coalesce(
        (select u.id from unit u where u.vintage = ${vintage} and u.level = 'commune' and st_intersects(u.geom, v.geom) order by u.id limit 1),
        (select u.id from unit u where u.vintage = ${vintage} and u.level = 'commune' order by u.geom <-> v.geom limit 1))`
  }
}

export async function upsertBorders(sql: Sql, borders: BorderRecord[]): Promise<void> {
  const rows = borders.map(({ geometry, ...border }) => ({
    ...border,
    shapeFull: geometry.full,
    shapeMedium: geometry.medium,
    shapeLow: geometry.low,
  }))
  await sql`
    insert into border_line (kind, geom, geom_medium, geom_low, length_km, source, note)
    select r.kind, g.shape_full, g.shape_medium, g.shape_low, st_length(g.shape_full::geography) / 1000, r.source, r.note
    from jsonb_to_recordset(${jsonRows(sql, rows)}::jsonb) as r(kind text, shape_full text, shape_medium text, shape_low text, source text, note text)
    cross join lateral (select
      st_multi(st_collectionextract(st_geomfromgeojson(r.shape_full), 2)) as shape_full,
      st_multi(st_collectionextract(st_geomfromgeojson(r.shape_medium), 2)) as shape_medium,
      st_multi(st_collectionextract(st_geomfromgeojson(r.shape_low), 2)) as shape_low) g
    on conflict (kind) do update set
      geom = excluded.geom, geom_medium = excluded.geom_medium, geom_low = excluded.geom_low,
      length_km = excluded.length_km, source = excluded.source, note = excluded.note`
}

export async function upsertGates(sql: Sql, gates: GateRecord[]): Promise<void> {
  await sql`
    insert into defence.border_gate (name, mode, classification, classification_vi, counterpart, location_note, geom, note, source)
    select r.name, r.mode, r.classification, r.classification_vi, r.counterpart, r.location_note,
      case when r.lon is not null then st_setsrid(st_makepoint(r.lon, r.lat), 4326) end, r.note, r.source
    from jsonb_to_recordset(${jsonRows(sql, gates)}::jsonb) as r(
      name text, mode text, classification text, classification_vi text, counterpart text, location_note text,
      lon double precision, lat double precision, note text, source text)
    on conflict (name) do update set
      mode = excluded.mode, classification = excluded.classification, classification_vi = excluded.classification_vi,
      counterpart = excluded.counterpart,
      location_note = excluded.location_note, geom = excluded.geom, note = excluded.note, source = excluded.source`
}

export async function replaceNamedBorderCommunes(sql: Sql, communes: NamedBorderCommuneRecord[]): Promise<void> {
  await sql`delete from defence.named_border_commune`
  await sql`
    insert into defence.named_border_commune (level, code, name, new_commune, evidence, source)
    select * from jsonb_to_recordset(${jsonRows(sql, communes)}::jsonb) as r(
      level text, code text, name text, new_commune text, evidence text, source text)`
}
