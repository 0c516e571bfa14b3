import type { Sql } from '../db'
import type { Detail } from './units'

/**
 * The public Vietnam–China border line (the derived, indicative line; the OSM line stays in the
 * database as a cross-check). Simplified with the communes, so it meets their edges at every detail.
 */
export async function borderGeoJson(sql: Sql, detail: Detail): Promise<string> {
  const column = sql(detail === 'full' ? 'geom' : detail === 'medium' ? 'geom_medium' : 'geom_low')
  const [row] = await sql<{ collection: string }[]>`
    select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'geometry', st_asgeojson(${column}, 5)::json,
      'properties', json_build_object('kind', kind, 'lengthKm', round(length_km::numeric, 1), 'source', source, 'note', note)
    )), '[]'::json))::text as collection
    from border_line where kind = 'derived'`
  return row!.collection
}
