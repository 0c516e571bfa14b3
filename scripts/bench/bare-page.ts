import fs from 'node:fs'
import path from 'node:path'
import type { Indicator, IndicatorLayer } from '../../web/api'
import { buildChoropleth, defaultClassification } from '../../web/choropleth'
import { chosenIndicator } from '../../web/indicator-choice'
import { backgroundColour, provinceBounds } from '../../web/layers/base-style'
import { fillOpacities } from '../../web/layers/communes'
import { noDataColour } from '../../web/palette'

// The yardstick of issue 13 §2: a page with MapLibre alone, drawing the portal's own communes
// GeoJSON (the same address, served by the same server) in the class colours the portal computes
// for its default view, in a map of the same size and extent. No React, no other request, MapLibre's
// module asked for with the page (modulepreload): as fast as MapLibre allows a coloured map to appear.

export type BarePage = {
  /** The address of the page, below the portal's static root. */
  path: string
  /** The class colours of the default view, for the watcher that waits for them. */
  classColours: string[]
}

/** The default view's colours, computed by the portal's own functions from its own answers. */
async function defaultColours(base: string) {
  const catalogue = (await (await fetch(`${base}/api/indicators`)).json()) as Indicator[]
  const { indicator, year } = chosenIndicator(catalogue, { indicator: null, year: null })
  if (!indicator || year === null) throw new Error('the catalogue has no indicator to map')
  const query = new URLSearchParams({ year: String(year), vintage: '2025', level: 'commune' })
  const layer = (await (
    await fetch(`${base}/api/indicators/${indicator.code}/values?${query}`)
  ).json()) as IndicatorLayer
  const choropleth = buildChoropleth({ layer, indicator, classification: defaultClassification(indicator) })
  return { indicator, year, choropleth }
}

/**
 * Writes the bare page into the static root the portal serves (`root`), next to MapLibre's own
 * files, for a map box of `size` CSS pixels (the portal's map area) drawing `communesUrl`.
 */
export async function writeBarePage(
  base: string,
  root: string,
  communesUrl: string,
  size: { width: number; height: number },
): Promise<BarePage & { label: string }> {
  const { indicator, year, choropleth } = await defaultColours(base)
  const directory = path.join(root, 'bench-bare')
  fs.mkdirSync(directory, { recursive: true })
  const maplibre = path.resolve('node_modules/maplibre-gl/dist')
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
    fs.copyFileSync(path.join(maplibre, file), path.join(directory, file))
  const pairs = [...choropleth.colours.entries()].flat()
  const style = {
    version: 8,
    sources: { communes: { type: 'geojson', data: communesUrl } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': backgroundColour } },
      {
        id: 'communes-fill',
        type: 'fill',
        source: 'communes',
        paint: { 'fill-color': ['match', ['get', 'code'], ...pairs, noDataColour], 'fill-opacity': fillOpacities.full },
      },
      { id: 'communes-outline', type: 'line', source: 'communes', paint: { 'line-color': '#ffffff' } },
    ],
  }
  fs.writeFileSync(
    path.join(directory, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>MapLibre alone</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="maplibre-gl.css" />
    <link rel="stylesheet" href="page.css" />
    <link rel="modulepreload" href="maplibre-gl.mjs" />
    <script type="module" src="map.js"></script>
  </head>
  <body>
    <div id="map"></div>
  </body>
</html>
`,
  )
  fs.writeFileSync(
    path.join(directory, 'page.css'),
    `html, body { margin: 0; } #map { width: ${size.width}px; height: ${size.height}px; }\n`,
  )
  // A separate script: the portal's content security policy allows no inline script.
  fs.writeFileSync(
    path.join(directory, 'map.js'),
    `import * as maplibregl from './maplibre-gl.mjs'
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href)
new maplibregl.Map({
  container: 'map',
  style: ${JSON.stringify(style)},
  bounds: ${JSON.stringify(provinceBounds)},
  fitBoundsOptions: { padding: 20 },
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
})
`,
  )
  return {
    path: '/bench-bare/index.html',
    classColours: choropleth.classes.filter((item) => item.codes.length > 0).map((item) => item.colour),
    label: `${indicator.code} ${year}, ${choropleth.classes.length} classes`,
  }
}
