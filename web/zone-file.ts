import { area, bbox } from '@turf/turf'
import type { MultiPolygon, Polygon } from 'geojson'

// An uploaded GeoJSON file as a restricted zone, read in the browser for the preview (issue 10 §5:
// the upload showed nothing and asked for a name the file already had). Pure. The server checks the
// shape itself (routes/zone-geometry.ts, sql/zones.ts) and says what is wrong; this only reads.

export type ZoneFile = {
  /** What is sent: the file's own GeoJSON, as the zone routes accept it. */
  geometry: unknown
  /** Its polygons, to draw the preview. */
  outline: MultiPolygon
  /** The name the file gives its (first) feature, if any. */
  name: string | null
  parts: number
  areaKm2: number
  /** West, south, east, north: where the map goes to show it. */
  bbox: [number, number, number, number]
}

// Where a zone's name is found in a feature's properties: common GIS field names, Vietnamese too.
const nameFields = ['name', 'Name', 'NAME', 'ten', 'Ten', 'TEN', 'tên', 'Tên', 'ten_vung', 'TEN_VUNG', 'title']

type Item = { geometry: unknown; properties: Record<string, unknown> | null }

function itemsOf(json: unknown): Item[] {
  if (!json || typeof json !== 'object') return []
  const value = json as { type?: unknown; features?: unknown; geometry?: unknown; properties?: unknown }
  if (value.type === 'FeatureCollection' && Array.isArray(value.features)) return value.features.flatMap(itemsOf)
  if (value.type === 'Feature')
    return [{ geometry: value.geometry, properties: (value.properties as Record<string, unknown> | null) ?? null }]
  return [{ geometry: json, properties: null }]
}

const polygonsOf = (geometry: unknown): Polygon['coordinates'][] => {
  const value = geometry as { type?: unknown; coordinates?: unknown } | null
  if (value?.type === 'Polygon' && Array.isArray(value.coordinates))
    return [value.coordinates as Polygon['coordinates']]
  if (value?.type === 'MultiPolygon' && Array.isArray(value.coordinates))
    return value.coordinates as MultiPolygon['coordinates']
  return []
}

/** The zone a parsed GeoJSON file holds, or null when it has no polygon at all. */
export function zoneFromFile(json: unknown): ZoneFile | null {
  const items = itemsOf(json)
  const coordinates = items.flatMap((item) => polygonsOf(item.geometry))
  if (coordinates.length === 0) return null
  const outline: MultiPolygon = { type: 'MultiPolygon', coordinates }
  const names = items.flatMap((item) =>
    nameFields
      .map((field) => item.properties?.[field])
      .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
      .map((value) => value.trim().slice(0, 200)),
  )
  const feature = { type: 'Feature', properties: {}, geometry: outline } as const
  let areaKm2 = 0
  let extent: [number, number, number, number] = [0, 0, 0, 0]
  try {
    areaKm2 = area(feature) / 1e6
    extent = bbox(feature) as [number, number, number, number]
  } catch {
    // Malformed rings: nothing to measure; the server will say what is wrong with them.
  }
  return { geometry: json, outline, name: names[0] ?? null, parts: coordinates.length, areaKm2, bbox: extent }
}
