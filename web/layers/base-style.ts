import type { StyleSpecification } from 'maplibre-gl'
import type { Config } from '../api'

export type Basemap = Config['basemap']

// The style the map starts from: a plain background, and an online basemap only when the user
// switches one on. No glyphs, sprites or tiles are requested by default, so the map works offline;
// labels are drawn by deck.gl (see layers/labels.ts).
export const backgroundColour = '#eef2f0'

// Lạng Sơn's extent (the published province polygon), for the opening view.
export const provinceBounds: [[number, number], [number, number]] = [
  [106.09, 21.32],
  [107.37, 22.47],
]

export function baseStyle(basemap: Basemap): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': backgroundColour } }],
  }
  if (basemap) {
    style.sources.basemap = {
      type: 'raster',
      tiles: [basemap.url],
      tileSize: 256,
      maxzoom: 19,
      attribution: basemap.attribution,
    }
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap', paint: { 'raster-opacity': 0.6 } })
  }
  return style
}
