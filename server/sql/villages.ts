import type { Sql } from '../db'

/**
 * Village points as GeoJSON text, optionally those of one 2025 commune. They are approximate
 * GeoNames positions (651 sit on an arc-minute grid, up to ~1.8 km off), not the official list.
 */
export async function villagesGeoJson(sql: Sql, options: { commune?: string }): Promise<string> {
  const [row] = await sql<{ collection: string }[]>`
    select json_build_object(
      'type', 'FeatureCollection',
      'features', coalesce(json_agg(json_build_object(
        'type', 'Feature',
        'id', v.id,
        'geometry', st_asgeojson(v.geom, 5)::json,
        'properties', json_build_object(
          'id', v.id, 'name', v.name, 'nameAscii', v.name_ascii, 'geonamesId', v.geonames_id,
          'coordPrecision', v.coord_precision, 'elevationM', v.elevation_m,
          'communeCode', c.code, 'communeName', c.name, 'commune2019Code', o.code, 'commune2019Name', o.name,
          'approximate', true)
      ) order by v.id), '[]'::json)
    )::text as collection
    from village v
    left join unit c on c.id = v.commune_2025_id
    left join unit o on o.id = v.commune_2019_id
    where ${options.commune ?? null}::text is null or c.code = ${options.commune ?? null}`
  return row!.collection
}

export async function communeExists(sql: Sql, code: string): Promise<boolean> {
  const [row] = await sql<{ found: boolean }[]>`
    select exists (select 1 from unit where code = ${code} and vintage = '2025' and level = 'commune') as found`
  return row?.found ?? false
}
