import type { Sql } from '../db'
import type { CrosswalkRecord, NameCheck, UnitRecord } from '../geodata/records'
import { jsonRows } from './json-rows'

// Writes of the data-package loader for administrative units. Each takes a transaction (or any
// `sql`) so the loader can run them all in one transaction and a test can roll them back.

/** Inserts or updates units by (code, vintage); ids stay stable across reloads. */
export async function upsertUnits(sql: Sql, units: UnitRecord[]): Promise<void> {
  const rows = units.map(({ geometry, ...unit }) => ({
    ...unit,
    shapeFull: geometry?.full ?? null,
    shapeMedium: geometry?.medium ?? null,
    shapeLow: geometry?.low ?? null,
  }))
  // Parents first: the province, then districts, then communes, so parent ids resolve in one pass each.
  for (const level of ['province', 'district', 'commune'] as const) {
    const batch = rows.filter((row) => row.level === level)
    if (batch.length === 0) continue
    await sql`
      insert into unit (code, vintage, level, type, name, parent_id, area_km2, area_source, geom, geom_medium, geom_low, source)
      select r.code, r.vintage, r.level, r.type, r.name,
        (select p.id from unit p where p.code = r.parent_code and p.vintage = r.parent_vintage),
        r.area_km2, r.area_source,
        st_multi(st_geomfromgeojson(r.shape_full)), st_multi(st_geomfromgeojson(r.shape_medium)), st_multi(st_geomfromgeojson(r.shape_low)),
        r.source
      from jsonb_to_recordset(${jsonRows(sql, batch)}::jsonb) as r(
        code text, vintage text, level text, type text, name text, parent_code text, parent_vintage text,
        area_km2 double precision, area_source text, shape_full text, shape_medium text, shape_low text, source text)
      on conflict (code, vintage) do update set
        level = excluded.level, type = excluded.type, name = excluded.name, parent_id = excluded.parent_id,
        area_km2 = excluded.area_km2, area_source = excluded.area_source, geom = excluded.geom,
        geom_medium = excluded.geom_medium, geom_low = excluded.geom_low, source = excluded.source`
  }
  await sql`
    update unit u set valid_from = coalesce(r.valid_from::date, v.valid_from), valid_to = coalesce(r.valid_to::date, v.valid_to)
    from jsonb_to_recordset(${jsonRows(sql, rows)}::jsonb) as r(code text, vintage text, valid_from text, valid_to text), vintage v
    where u.code = r.code and u.vintage = r.vintage and v.id = u.vintage`
}

/** Units whose parent code named no loaded unit. */
export async function orphanUnits(sql: Sql) {
  return sql<{ code: string; vintage: string }[]>`
    select code, vintage from unit where level <> 'province' and parent_id is null order by vintage, code`
}

/** Repairs invalid geometries with ST_MakeValid and reports which were repaired and why. */
export async function repairGeometries(sql: Sql) {
  return sql<{ code: string; vintage: string; reason: string }[]>`
    with invalid as (
      select id, code, vintage, st_isvalidreason(geom) as reason from unit where geom is not null and not st_isvalid(geom)
      union
      select id, code, vintage, 'simplified: ' || st_isvalidreason(geom_medium) from unit where geom_medium is not null and not st_isvalid(geom_medium)
      union
      select id, code, vintage, 'simplified: ' || st_isvalidreason(geom_low) from unit where geom_low is not null and not st_isvalid(geom_low)
    ), repaired as (
      update unit u set
        geom = st_multi(st_collectionextract(st_makevalid(u.geom), 3)),
        geom_medium = st_multi(st_collectionextract(st_makevalid(u.geom_medium), 3)),
        geom_low = st_multi(st_collectionextract(st_makevalid(u.geom_low), 3))
      where u.id in (select id from invalid)
    )
    select code, vintage, reason from invalid order by vintage, code`
}

/** The simplified province outlines are dissolved from the simplified communes, so they match exactly. */
export async function dissolveProvinceOutline(sql: Sql): Promise<void> {
  await sql`
    update unit p set
      geom_medium = (select st_multi(st_union(geom_medium)) from unit where vintage = '2025' and level = 'commune'),
      geom_low = (select st_multi(st_union(geom_low)) from unit where vintage = '2025' and level = 'commune')
    where p.level = 'province' and p.code = '20'`
}

/** Name pairs that differ beyond tone-mark placement and case (Thuỵ/Thụy, Bắc ái/Bắc Ái). */
export async function mismatchedNames(sql: Sql, checks: NameCheck[]) {
  return sql<NameCheck[]>`
    select file, location, code, expected, found
    from jsonb_to_recordset(${jsonRows(sql, checks)}::jsonb) as r(file text, location text, code text, expected text, found text)
    where fold_name(expected) <> fold_name(found)`
}

/**
 * Replaces the crosswalk. Whole transfers get share 1. A split unit's parts are apportioned by the
 * area of its 2008–2019 polygon that falls in each new unit; when the polygons cannot tell (no
 * polygon, or an overlay share under 1 %), the area the resolution states is used, else equal parts.
 * 2021 units that continued unchanged into the March 2025 list get links of their own, so that
 * 2021–2024 values reach the 2025 units.
 */
export async function replaceCrosswalk(sql: Sql, rows: CrosswalkRecord[]): Promise<void> {
  await sql`delete from crosswalk`
  await sql`
    with input as (
      select r.*, f.id as from_id, t.id as to_id
      from jsonb_to_recordset(${jsonRows(sql, rows)}::jsonb) as r(
        from_code text, from_vintage text, to_code text, to_vintage text, kind text, documented_area_km2 double precision,
        clause text, source text)
      join unit f on f.code = r.from_code and f.vintage = r.from_vintage and f.level = 'commune'
      join unit t on t.code = r.to_code and t.vintage = r.to_vintage and t.level = 'commune'
    ), overlay as (
      select i.from_id, i.to_id,
        st_area(st_intersection(old.geom, new.geom)::geography) / 1e6 as km2,
        st_area(old.geom::geography) / 1e6 as old_km2
      from input i
      join unit new on new.id = i.to_id
      join unit old on old.code = i.from_code and old.vintage = '2019'
      where i.kind <> 'whole' and i.to_vintage = '2025'
    ), shares as (
      select i.*, o.km2, o.km2 / nullif(sum(o.km2) over (partition by i.from_id), 0) as overlay_share,
        i.documented_area_km2 / nullif(o.old_km2, 0) as documented_share,
        count(*) over (partition by i.from_id) as parts
      from input i left join overlay o on o.from_id = i.from_id and o.to_id = i.to_id
    )
    insert into crosswalk (from_unit_id, to_unit_id, kind, share, share_rule, clause, source)
    select from_id, to_id, kind,
      case
        when kind = 'whole' then 1
        when overlay_share >= 0.01 then overlay_share
        when documented_share is not null then least(documented_share, 1)
        else 1.0 / parts
      end,
      case
        when kind = 'whole' then 'whole unit'
        when overlay_share >= 0.01 then format('area share %s: %s km² of the 2008–2019 polygon lies in the new unit', round(overlay_share::numeric, 3), round(km2::numeric, 2))
        when documented_share is not null then format('documented area %s km² of the old unit', documented_area_km2)
        else 'equal parts: the change record moves villages and states no area for each part'
      end,
      clause, source
    from shares`
  // A 2021 unit with no row of its own follows its March 2025 namesake when that is the same unit
  // (06040 changed hands in 2024, and the file's 06040_2021 rows cover Xã Đại Đồng).
  await sql`
    insert into crosswalk (from_unit_id, to_unit_id, kind, share, share_rule, clause, source)
    select old.id, c.to_unit_id, c.kind, c.share, c.share_rule, c.clause,
      c.source || '; 2021 unit carried through its unchanged March 2025 code'
    from unit old
    join unit later on later.code = old.code and later.vintage = '2024'
    join crosswalk c on c.from_unit_id = later.id
    where old.vintage = '2021' and old.level = 'commune'
      and not exists (select 1 from crosswalk own where own.from_unit_id = old.id)
      and fold_name(old.name) = fold_name(later.name)`
}

/** 2021 units that reach no 2025 unit (should be none). */
export async function unlinkedUnits2021(sql: Sql) {
  return sql<{ code: string; name: string }[]>`
    select code, name from unit u where vintage = '2021' and level = 'commune'
      and not exists (select 1 from crosswalk c where c.from_unit_id = u.id) order by code`
}

/**
 * The 2021 units have no polygons; their area is that of their 2008–2019 predecessors (split ones
 * by share), so area-weighted rules (forest cover) can carry their values onto the 2025 units.
 */
export async function deriveAreas2021(sql: Sql): Promise<void> {
  await sql`
    update unit u set area_km2 = derived.km2, area_source = 'derived: area of its 2008–2019 predecessors'' polygons'
    from (
      select c.to_unit_id as id, sum(st_area(old.geom::geography) / 1e6 * c.share) as km2
      from crosswalk c join unit old on old.id = c.from_unit_id and old.vintage = '2019'
      group by c.to_unit_id
    ) derived
    where u.id = derived.id and u.vintage = '2021'`
}
