import type { LineLayerSpecification } from 'maplibre-gl'

// The reference layers drawn over the choropleth: former districts, the province outline and the
// (public, indicative) border line.

export const districtSource = 'districts'
export const provinceSource = 'province'
export const borderSource = 'border'

export function districtLayer(): LineLayerSpecification {
  return {
    id: 'districts-outline',
    type: 'line',
    source: districtSource,
    paint: { 'line-color': '#4b5563', 'line-width': 1.5, 'line-dasharray': [3, 2] },
  }
}

export function provinceLayer(): LineLayerSpecification {
  return {
    id: 'province-outline',
    type: 'line',
    source: provinceSource,
    paint: { 'line-color': '#1f2937', 'line-width': 2 },
  }
}

/** The border: a dark red dash-dot line, as on topographic maps, over the province outline. */
export function borderLayer(): LineLayerSpecification {
  return {
    id: 'border-line',
    type: 'line',
    source: borderSource,
    paint: { 'line-color': '#7f1d1d', 'line-width': 3, 'line-dasharray': [4, 1.5, 1, 1.5] },
  }
}
