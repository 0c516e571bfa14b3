import { bbox, pointOnFeature } from '@turf/turf'
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson'
import { worldPixels } from './layers/label-placement'
import { shortName } from './layers/places'

// The small map of a commune's printed profile, as SVG shapes: the commune, the neighbours around
// it with their names, and its mapped villages. Pure: Web Mercator like the main map, fitted to the
// commune with a margin; drawn as vector paths, so it prints sharp and needs no WebGL.

type Commune = Feature<Geometry | null, { code: string; name: string }>
type Village = Feature<Point, { id: number; name: string }>

export type ProfileMap = {
  width: number
  height: number
  commune: string
  neighbours: { code: string; d: string; name: string; label: [number, number] | null }[]
  villages: { id: number; name: string; x: number; y: number }[]
}

const polygons = (geometry: Geometry | null): Position[][][] =>
  geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? geometry.coordinates : []

/** The commune `code` in a box `width` wide; null when it has no outline. */
export function profileMap(
  communes: FeatureCollection<Geometry | null, { code: string; name: string }>,
  code: string,
  villages: Village[],
  width: number,
): ProfileMap | null {
  const commune = communes.features.find((feature) => feature.properties.code === code)
  if (!commune?.geometry) return null
  const [west, south, east, north] = bbox(commune as Feature<Geometry>)
  const [left, bottom] = worldPixels([west, south], 0)
  const [right, top] = worldPixels([east, north], 0)
  const margin = Math.max(right - left, bottom - top) * 0.25
  const view = { left: left - margin, top: top - margin, right: right + margin, bottom: bottom + margin }
  const scale = width / (view.right - view.left)
  const height = Math.round((view.bottom - view.top) * scale)
  const project = (position: Position): [number, number] => {
    const [x, y] = worldPixels([position[0]!, position[1]!], 0)
    return [Number(((x - view.left) * scale).toFixed(1)), Number(((y - view.top) * scale).toFixed(1))]
  }
  const inView = ([x, y]: [number, number]) => x >= 0 && x <= width && y >= 0 && y <= height
  const path = (feature: Commune) =>
    polygons(feature.geometry)
      .flatMap((polygon) => polygon.map((ring) => `M${ring.map((position) => project(position).join(' ')).join('L')}Z`))
      .join('')
  const near = communes.features.filter((feature) => {
    if (!feature.geometry || feature === commune) return false
    const [featureWest, featureSouth, featureEast, featureNorth] = bbox(feature as Feature<Geometry>)
    const margins = (east - west) * 0.3
    return (
      featureWest < east + margins &&
      featureEast > west - margins &&
      featureSouth < north + margins &&
      featureNorth > south - margins
    )
  })
  return {
    width,
    height,
    commune: path(commune),
    neighbours: near.map((feature) => {
      const label = project(pointOnFeature(feature as Feature<Geometry>).geometry.coordinates)
      return {
        code: feature.properties.code,
        d: path(feature),
        name: shortName(feature.properties.name),
        label: inView(label) ? label : null,
      }
    }),
    villages: villages.map((village) => {
      const [x, y] = project(village.geometry.coordinates)
      return { id: village.properties.id, name: village.properties.name, x, y }
    }),
  }
}
