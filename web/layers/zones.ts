import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl'
import type { ZoneKind } from '../api'

// MapLibre layers of the defence-related zones (only ever given data for border users) and of a
// restricted zone being drawn. Sources are named `zone-<kind>` and `drawing`.

export const zoneSource = (kind: ZoneKind) => `zone-${kind}`
export const drawingSource = 'drawing'
export const gateLayerId = 'zones-gates'
export const restrictedFillId = 'zones-restricted-fill'

export const zoneColours: Record<ZoneKind, string> = {
  border_belt: '#b91c1c',
  border_area: '#6d28d9',
  gates: '#111827',
  restricted: '#9a3412',
}

const fill = (id: string, kind: ZoneKind, opacity: number): FillLayerSpecification => ({
  id,
  type: 'fill',
  source: zoneSource(kind),
  paint: { 'fill-color': zoneColours[kind], 'fill-opacity': opacity },
})
const line = (id: string, kind: ZoneKind, width: number, dash?: number[]): LineLayerSpecification => ({
  id,
  type: 'line',
  source: zoneSource(kind),
  paint: { 'line-color': zoneColours[kind], 'line-width': width, ...(dash ? { 'line-dasharray': dash } : {}) },
})

/** The layers of the zones switched on, drawn over the communes. */
export function zoneLayers(kinds: ZoneKind[]): LayerSpecification[] {
  const layers: LayerSpecification[] = []
  if (kinds.includes('border_area'))
    layers.push(fill('zones-border-area-fill', 'border_area', 0.12), line('zones-border-area-line', 'border_area', 2.5))
  if (kinds.includes('border_belt'))
    layers.push(
      fill('zones-border-belt-fill', 'border_belt', 0.35),
      line('zones-border-belt-line', 'border_belt', 1, [2, 2]),
    )
  if (kinds.includes('restricted'))
    layers.push(fill(restrictedFillId, 'restricted', 0.4), line('zones-restricted-line', 'restricted', 2))
  if (kinds.includes('gates')) {
    const gates: CircleLayerSpecification = {
      id: gateLayerId,
      type: 'circle',
      source: zoneSource('gates'),
      paint: {
        'circle-radius': 7,
        'circle-color': zoneColours.gates,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    }
    layers.push(gates)
  }
  return layers
}

/** The polygon being drawn: its outline so far and its corners. */
export function drawingLayers(): LayerSpecification[] {
  return [
    {
      id: 'drawing-fill',
      type: 'fill',
      source: drawingSource,
      // A drawn polygon, or an uploaded file's polygons (a MultiPolygon).
      filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
      paint: { 'fill-color': zoneColours.restricted, 'fill-opacity': 0.25 },
    },
    {
      id: 'drawing-line',
      type: 'line',
      source: drawingSource,
      paint: { 'line-color': zoneColours.restricted, 'line-width': 2, 'line-dasharray': [2, 1] },
    },
    {
      id: 'drawing-corners',
      type: 'circle',
      source: drawingSource,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 5,
        'circle-color': '#ffffff',
        'circle-stroke-color': zoneColours.restricted,
        'circle-stroke-width': 2,
      },
    },
  ]
}

/** The drawing's GeoJSON: corners, and the outline (a line with 2 corners, a polygon from 3). */
export function drawingCollection(corners: [number, number][]): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = corners.map((corner) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: corner },
  }))
  if (corners.length === 2)
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: corners } })
  if (corners.length >= 3)
    features.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[...corners, corners[0]!]] },
    })
  return { type: 'FeatureCollection', features }
}
