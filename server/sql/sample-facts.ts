import type { Sql } from '../db'

// What the sample generator needs to know about places: where they are, how remote, how many live
// there. Distances are measured in PostGIS on the geography type (metres), returned in km.

export type PlaceFacts = {
  id: number
  code: string
  type: string
  population: number | null
  areaKm2: number | null
  distanceToCityKm: number
  distanceToBorderKm: number
  elevationM: number | null
}

/**
 * Units of the 2021 list (placed by the union of their 2008–2019 predecessors, since they have no
 * polygons of their own) or of 2025. The city centre is the centroid of the 2025 wards.
 */
export async function unitFacts(sql: Sql, vintage: '2021' | '2025'): Promise<PlaceFacts[]> {
  return sql<PlaceFacts[]>`
    with city as (
      select st_centroid(st_union(geom)) as point from unit where vintage = '2025' and level = 'commune' and type = 'Phường'
    ), border as (
      select geom from border_line where kind = 'derived'
    ), shape as (
      select u.id, coalesce(u.geom, (
        select st_union(old.geom) from crosswalk c join unit old on old.id = c.from_unit_id
        where c.to_unit_id = u.id and old.vintage = '2019')) as geom
      from unit u where u.vintage = ${vintage} and u.level = 'commune'
    )
    select u.id, u.code, u.type,
      (select value_number from current_value v where v.unit_id = u.id and v.indicator = 'population'
         order by v.year desc limit 1) as population,
      coalesce(u.area_km2, st_area(s.geom::geography) / 1e6) as area_km2,
      st_distance(st_pointonsurface(s.geom)::geography, city.point::geography) / 1000 as distance_to_city_km,
      st_distance(st_pointonsurface(s.geom)::geography, border.geom::geography) / 1000 as distance_to_border_km,
      (select avg(elevation_m) from village v where st_intersects(s.geom, v.geom)) as elevation_m
    from unit u join shape s on s.id = u.id cross join city cross join border
    order by u.code`
}

export type VillageFacts = {
  id: number
  wofId: number
  commune2025Id: number
  unit2021Id: number
  elevationM: number | null
  distanceToCityKm: number
  distanceToBorderKm: number
}

/** Villages with their 2025 commune and their 2021 unit (through the 2008–2019 commune's largest successor). */
export async function villageFacts(sql: Sql): Promise<VillageFacts[]> {
  return sql<VillageFacts[]>`
    with city as (
      select st_centroid(st_union(geom)) as point from unit where vintage = '2025' and level = 'commune' and type = 'Phường'
    ), border as (
      select geom from border_line where kind = 'derived'
    )
    select v.id, v.wof_id::float8 as wof_id, v.commune_2025_id, v.elevation_m,
      (select c.to_unit_id from crosswalk c join unit t on t.id = c.to_unit_id
        where c.from_unit_id = v.commune_2019_id and t.vintage = '2021' order by c.share desc, t.code limit 1) as unit_2021_id,
      st_distance(v.geom::geography, city.point::geography) / 1000 as distance_to_city_km,
      st_distance(v.geom::geography, border.geom::geography) / 1000 as distance_to_border_km
    from village v cross join city cross join border
    order by v.wof_id`
}

/** 2021 → 2025 links with the share of the old unit that each new unit received. */
export async function successorLinks(sql: Sql) {
  return sql<{ fromId: number; toId: number; share: number }[]>`
    select c.from_unit_id as from_id, c.to_unit_id as to_id, c.share
    from crosswalk c join unit f on f.id = c.from_unit_id join unit t on t.id = c.to_unit_id
    where f.vintage = '2021' and t.vintage = '2025'`
}

/** The official values the sample must agree with: province rates and the 2026 "no ĐBKK village" units. */
export async function officialAnchors(sql: Sql) {
  return sql<{ indicator: string; unitId: number; level: string; year: number; valueNumber: number | null }[]>`
    select v.indicator, v.unit_id, u.level, v.year, v.value_number
    from current_value v join unit u on u.id = v.unit_id
    where v.provenance = 'official' and v.indicator <> 'population'`
}

export async function officialTotals(sql: Sql) {
  return sql<{ indicator: string; yearFrom: number; category: string; value: number }[]>`
    select indicator, year_from, category, value from official_total`
}

export async function provinceId(sql: Sql): Promise<number> {
  const [row] = await sql<{ id: number }[]>`select id from unit where level = 'province' and code = '20'`
  if (!row) throw new Error('the province unit is not loaded')
  return row.id
}

/** Which way each indicator is better, and its carry rule: the sample follows the catalogue. */
export async function catalogueRules(
  sql: Sql,
): Promise<Map<string, { better: 'higher' | 'lower'; carryRule: string }>> {
  const rows = await sql<{ code: string; better: 'higher' | 'lower'; carryRule: string }[]>`
    select code, better, carry_rule from indicator`
  return new Map(rows.map(({ code, ...rules }) => [code, rules]))
}
