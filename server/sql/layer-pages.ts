import type { Sql } from '../db'
import type { Bbox, FeaturePage, PageRequest } from './feature-pages'
import { borderAreaGeoJson, borderBeltGeoJson, gatesGeoJson, restrictedZonesGeoJson } from './zones'

// The defence layers as pages of features (OGC API – Features, issue #13 §3). Each layer is built
// by its own function in zones.ts, the one home of its rule (the belt's width, "0.5 km of the line
// within 200 m", row-level security on gates and zones); its FeatureCollection is then filtered by
// the bounding box and paged here, in PostGIS. These layers hold a few dozen features at most, so
// no index is missed. Every function answers nothing to a caller without the border role.

export const defenceLayers = {
  border_belt: borderBeltGeoJson,
  border_area: borderAreaGeoJson,
  border_gates: gatesGeoJson,
  restricted_zones: restrictedZonesGeoJson,
} as const
export type DefenceLayer = keyof typeof defenceLayers

type Row = { id: string | null; geometry: string | null; properties: Record<string, unknown> }

const envelope = (sql: Sql, bbox: Bbox) => sql`st_makeenvelope(${bbox[0]}, ${bbox[1]}, ${bbox[2]}, ${bbox[3]}, 4326)`

/** One page of a defence layer, in the layer's own order; the id is the layer's feature id. */
export async function defenceFeatures(sql: Sql, layer: DefenceLayer, request: PageRequest): Promise<FeaturePage> {
  const collection = await defenceLayers[layer](sql)
  // The layer's features that the request's id and bounding box find, with their place in the layer.
  const kept = sql`
    with feature as (
      select item as feature, position, st_setsrid(st_geomfromgeojson(item ->> 'geometry'), 4326) as geom
      from json_array_elements((${collection}::text::json) -> 'features') with ordinality as list(item, position)
    )
    select feature, position from feature
    where ${request.id === undefined ? sql`true` : sql`feature ->> 'id' = ${request.id}`}
      and ${request.bbox ? sql`geom && ${envelope(sql, request.bbox)} and st_intersects(geom, ${envelope(sql, request.bbox)})` : sql`true`}`
  const [[count], rows] = await Promise.all([
    sql<{ matched: number }[]>`select count(*)::int as matched from (${kept}) kept`,
    sql<Row[]>`
      select feature ->> 'id' as id, nullif((feature -> 'geometry')::text, 'null') as geometry,
        feature -> 'properties' as properties
      from (${kept}) kept
      order by position
      limit ${request.limit} offset ${request.offset}`,
  ])
  return {
    matched: count!.matched,
    features: rows.map(({ id, geometry, properties }) => ({ id: id ?? '', geometry, properties })),
  }
}
