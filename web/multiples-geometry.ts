import { simplify } from '@turf/turf'
import type { FeatureCollection, Geometry, Polygon, Position } from 'geojson'
import { worldPixels } from './layers/label-placement'
import type { SheetMultiples } from './map/sheet-layout'

// The outlines of the small multiples (issue 12): the communes the map already loaded, projected
// once to Web Mercator like the main map, fitted into a box `width` units wide and simplified there
// (Turf's Douglas–Peucker, tolerance in those units, so it is about a pixel whatever the shape), as
// SVG path data. Every small map and the printed sheet share these paths and change only their
// fills: no WebGL context per map (Chromium keeps about 16). Pure.

export type MultiplesGeometry = {
  width: number
  height: number
  shapes: { code: string; path: string }[]
}

const polygons = (geometry: Geometry | null): Position[][][] =>
  geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? geometry.coordinates : []

/** A ring as path data, one decimal; rings that simplify to less than a triangle are dropped. */
function ringPath(ring: Position[]): string {
  const points = ring.map(([x, y]) => `${x!.toFixed(1)} ${y!.toFixed(1)}`)
  const distinct = new Set(points)
  return distinct.size >= 3 ? `M${points.join('L')}Z` : ''
}

/**
 * The communes' outlines in a box `width` units wide (the height follows the province's shape),
 * simplified with `tolerance` units (0.4: under half a pixel at the size they are shown).
 */
export function multiplesGeometry(
  communes: FeatureCollection<Geometry | null, { code: string }>,
  width = 240,
  tolerance = 0.4,
): MultiplesGeometry {
  const projected = communes.features.map((feature) => ({
    code: feature.properties.code,
    polygons: polygons(feature.geometry).map((polygon) =>
      polygon.map((ring) => ring.map((position) => worldPixels([position[0]!, position[1]!], 0))),
    ),
  }))
  const all = projected.flatMap((commune) => commune.polygons.flat(2))
  if (all.length === 0) return { width, height: 0, shapes: [] }
  // A loop, not Math.min(...): the communes have tens of thousands of points.
  let [left, top, right, bottom] = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ]
  for (const [x, y] of all) {
    left = Math.min(left, x)
    right = Math.max(right, x)
    top = Math.min(top, y)
    bottom = Math.max(bottom, y)
  }
  const scale = width / (right - left || 1)
  const height = Math.ceil((bottom - top) * scale)
  const shapes = projected
    .filter((commune) => commune.polygons.length > 0)
    .map((commune) => {
      const path = commune.polygons
        .map((polygon) => {
          const fitted: Polygon = {
            type: 'Polygon',
            coordinates: polygon.map((ring) => ring.map(([x, y]) => [(x - left) * scale, (y - top) * scale])),
          }
          return simplify(fitted, { tolerance, mutate: true }).coordinates.map(ringPath).join('')
        })
        .join('')
      return { code: commune.code, path }
    })
  return { width, height, shapes }
}

/** The sheet's small maps (print and PNG): the outlines and, per year, each commune's colour. */
export function sheetMultiples(
  geometry: MultiplesGeometry,
  maps: { year: number; colours: Map<string, string> }[],
  noData: string,
): SheetMultiples {
  return {
    width: geometry.width,
    height: geometry.height,
    maps: maps.map(({ year, colours }) => ({
      label: String(year),
      shapes: geometry.shapes.map((shape) => ({ path: shape.path, colour: colours.get(shape.code) ?? noData })),
    })),
  }
}
