import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import { topology } from 'topojson-server'
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify'
import type { GeometryCollection } from 'topojson-specification'

// Visvalingam thresholds: a vertex goes when the triangle it makes with its neighbours is smaller
// than this area. 1 ha keeps the 65 communes near 17,000 vertices (~350 KB of GeoJSON, a ~30 m bump
// on a 700 m edge); 10 ha is enough for a whole-province view on a phone.
export const detailAreas = { medium: 10_000, low: 100_000 } as const
export type DetailLevel = keyof typeof detailAreas

const earthRadiusMetres = 6_371_008.8

export type SimplifiedCoverage = Record<DetailLevel, (Geometry | null)[][]>

/**
 * Simplifies several layers that share edges (the communes and the border line drawn along their
 * outer edge) as one topology, so every shared edge is simplified once and neighbours keep meeting
 * exactly: no gaps or overlaps at any detail. PostGIS 3.3 has no ST_CoverageSimplify, hence the
 * exception to "geometry work happens in PostGIS" (CONVENTIONS.md rule 2). Returns, per level and
 * per input layer, the simplified geometries in input order.
 */
export function simplifyCoverage(layers: Feature[][]): SimplifiedCoverage {
  const objects = Object.fromEntries(
    layers.map((features, index) => [`layer${index}`, { type: 'FeatureCollection', features } as FeatureCollection]),
  )
  const prepared = presimplify(topology(objects) as unknown as Parameters<typeof presimplify>[0], sphericalTriangleArea)
  const result = {} as SimplifiedCoverage
  for (const level of Object.keys(detailAreas) as DetailLevel[]) {
    const minWeight = detailAreas[level] / earthRadiusMetres ** 2
    const simplified = simplify(prepared, minWeight)
    result[level] = layers.map((_, index) => {
      const object = simplified.objects[`layer${index}`] as GeometryCollection
      const collection = feature(simplified, object) as FeatureCollection
      return collection.features.map((item) => item.geometry)
    })
  }
  return result
}

/**
 * Simplification can shrink a tiny ring (e.g. the < 0.001 km² sliver in Xã Đồng Đăng) below the
 * four positions a ring needs; such rings, and polygons that lose their outer ring, are dropped.
 */
export function dropDegenerateRings(geometry: Geometry | null): Geometry | null {
  if (!geometry) return null
  const ringOk = (ring: number[][]) => new Set(ring.map((position) => position.join(','))).size >= 3
  if (geometry.type === 'Polygon') {
    if (!geometry.coordinates[0] || !ringOk(geometry.coordinates[0])) return null
    return { type: 'Polygon', coordinates: geometry.coordinates.filter(ringOk) }
  }
  if (geometry.type === 'MultiPolygon') {
    const polygons = geometry.coordinates
      .filter((polygon) => polygon[0] && ringOk(polygon[0]))
      .map((polygon) => polygon.filter(ringOk))
    return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null
  }
  return geometry
}
