import type { Sql } from '../db'

// Pages of features for OGC API – Features (issue #13 §3): the units of a level and vintage, the
// villages and the border line, filtered by a bounding box (`&&` on the GiST-indexed geometry,
// then ST_Intersects for the exact answer) and paged by limit and offset in a stable order.
// Geometry leaves PostGIS as GeoJSON text at full detail, with 6 decimals (~0.1 m): GIS staff
// want the data as stored, not the map's simplified drawing. Units without a polygon (the 2021
// and 2024 lists) have a null geometry, so no bounding box finds them.

/** minimum longitude, minimum latitude, maximum longitude, maximum latitude (CRS84). */
export type Bbox = [number, number, number, number]
export type PageRequest = { bbox?: Bbox; limit: number; offset: number; id?: string }

export type FeatureRow = {
  id: string | number
  /** GeoJSON geometry text from ST_AsGeoJSON, or null. */
  geometry: string | null
  properties: Record<string, unknown>
}
export type FeaturePage = { matched: number; features: FeatureRow[] }

const envelope = (sql: Sql, bbox: Bbox) => sql`st_makeenvelope(${bbox[0]}, ${bbox[1]}, ${bbox[2]}, ${bbox[3]}, 4326)`

type Row = { id: string | number; geometry: string | null; properties: Record<string, unknown>; matched: number }
const page = (rows: Row[], matched: number): FeaturePage => ({
  matched,
  features: rows.map(({ id, geometry, properties }) => ({ id, geometry, properties })),
})

/** Units of one level and vintage, ordered by code; the id is the official code. */
export async function unitFeatures(
  sql: Sql,
  request: PageRequest & { level: 'commune' | 'district' | 'province'; vintage: string },
): Promise<FeaturePage> {
  const where = sql`u.level = ${request.level} and u.vintage = ${request.vintage}
    ${request.id === undefined ? sql`` : sql`and u.code = ${request.id}`}
    ${request.bbox ? sql`and u.geom && ${envelope(sql, request.bbox)} and st_intersects(u.geom, ${envelope(sql, request.bbox)})` : sql``}`
  const [[count], rows] = await Promise.all([
    sql<{ matched: number }[]>`select count(*)::int as matched from unit u where ${where}`,
    sql<Row[]>`
      select u.code as id, st_asgeojson(u.geom, 6) as geometry, json_build_object(
          'code', u.code, 'name', u.name, 'type', u.type, 'level', u.level, 'vintage', u.vintage,
          'parentCode', p.code, 'parentName', p.name, 'areaKm2', round(u.area_km2::numeric, 2),
          'validFrom', u.valid_from, 'validTo', u.valid_to, 'source', u.source) as properties
      from unit u left join unit p on p.id = u.parent_id
      where ${where}
      order by u.code
      limit ${request.limit} offset ${request.offset}`,
  ])
  return page(rows, count!.matched)
}

/** Village points (approximate GeoNames positions), ordered by id. */
export async function villageFeatures(sql: Sql, request: PageRequest): Promise<FeaturePage> {
  // A village id is a positive 32-bit integer written plainly ("7", not "07" or "7e0"); any other id finds none.
  const id = request.id
  const known = id !== undefined && /^[1-9][0-9]{0,9}$/.test(id) && Number(id) <= 2_147_483_647
  const where = sql`true
    ${id === undefined ? sql`` : sql`and v.id = ${known ? Number(id) : -1}`}
    ${request.bbox ? sql`and v.geom && ${envelope(sql, request.bbox)} and st_intersects(v.geom, ${envelope(sql, request.bbox)})` : sql``}`
  const [[count], rows] = await Promise.all([
    sql<{ matched: number }[]>`select count(*)::int as matched from village v where ${where}`,
    sql<Row[]>`
      select v.id, st_asgeojson(v.geom, 6) as geometry, json_build_object(
          'name', v.name, 'nameAscii', v.name_ascii, 'geonamesId', v.geonames_id,
          'coordPrecision', v.coord_precision, 'elevationM', v.elevation_m,
          'communeCode', c.code, 'communeName', c.name, 'commune2019Code', o.code, 'commune2019Name', o.name,
          'approximate', true, 'source', v.source) as properties
      from village v
      left join unit c on c.id = v.commune_2025_id
      left join unit o on o.id = v.commune_2019_id
      where ${where}
      order by v.id
      limit ${request.limit} offset ${request.offset}`,
  ])
  return page(rows, count!.matched)
}

/** The public border line (the derived, indicative line; the OSM copy is a cross-check only). */
export async function borderLineFeatures(sql: Sql, request: PageRequest): Promise<FeaturePage> {
  const where = sql`b.kind = 'derived'
    ${request.id === undefined ? sql`` : sql`and b.kind = ${request.id}`}
    ${request.bbox ? sql`and b.geom && ${envelope(sql, request.bbox)} and st_intersects(b.geom, ${envelope(sql, request.bbox)})` : sql``}`
  const [[count], rows] = await Promise.all([
    sql<{ matched: number }[]>`select count(*)::int as matched from border_line b where ${where}`,
    sql<Row[]>`
      select b.kind as id, st_asgeojson(b.geom, 6) as geometry, json_build_object(
          'kind', b.kind, 'lengthKm', round(b.length_km::numeric, 1), 'source', b.source, 'note', b.note) as properties
      from border_line b
      where ${where}
      order by b.kind
      limit ${request.limit} offset ${request.offset}`,
  ])
  return page(rows, count!.matched)
}
