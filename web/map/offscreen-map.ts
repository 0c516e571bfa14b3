import type { Layer } from '@deck.gl/core'
import type { FeatureCollection } from 'geojson'
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl'
import * as maplibregl from 'maplibre-gl'
import type { MapSource } from './map-view'

// The map drawn once more, out of sight, at the size of the picture and fitted to the whole
// province, whatever the screen shows (issue 10 §4: the PNG and the print were the viewport, with
// the first-ranked commune cut off). The same style, sources and layers as the screen; deck.gl's
// villages and names on top at the picture's own zoom.

export type OffscreenRequest = {
  base: StyleSpecification
  sources: MapSource[]
  layers: LayerSpecification[]
  /** [[west, south], [east, north]] to fit. */
  bounds: [[number, number], [number, number]]
  width: number
  height: number
  pixelRatio: number
  /** deck.gl's layers at the picture's zoom. */
  deckLayers: (zoom: number) => Promise<Layer[]>
}

export type Offscreen = { canvas: HTMLCanvasElement; zoom: number; latitude: number }

const settled = (map: maplibregl.Map) =>
  new Promise<void>((resolve, reject) => {
    map.once('idle', () => resolve())
    map.once('error', (event) => reject(event.error))
  })

/** A style holding the sources that have data and the layers drawn from them, in drawing order. */
function styleOf(request: OffscreenRequest): StyleSpecification {
  const loaded = request.sources.filter((source) => source.data)
  const ids = new Set(loaded.map((source) => source.id))
  return {
    ...request.base,
    sources: {
      ...request.base.sources,
      ...Object.fromEntries(
        loaded.map((source) => [source.id, { type: 'geojson', data: source.data as FeatureCollection | string }]),
      ),
    },
    layers: [...request.base.layers, ...request.layers.filter((layer) => 'source' in layer && ids.has(layer.source))],
  }
}

/** Renders the map and its deck.gl layers off screen and returns them composited on one canvas. */
export async function renderOffscreen(request: OffscreenRequest): Promise<Offscreen> {
  const container = document.createElement('div')
  container.style.cssText = `position:fixed;top:0;left:${-request.width - 100}px;width:${request.width}px;height:${request.height}px;`
  container.setAttribute('aria-hidden', 'true')
  document.body.append(container)
  const map = new maplibregl.Map({
    container,
    style: styleOf(request),
    bounds: request.bounds,
    fitBoundsOptions: { padding: 16 },
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio: request.pixelRatio,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  })
  try {
    await settled(map)
    const zoom = map.getZoom()
    const centre = map.getCenter()
    const output = document.createElement('canvas')
    output.width = Math.round(request.width * request.pixelRatio)
    output.height = Math.round(request.height * request.pixelRatio)
    const context = output.getContext('2d')
    if (!context) throw new Error('no 2D canvas')
    context.drawImage(map.getCanvas(), 0, 0, output.width, output.height)
    const layers = await request.deckLayers(zoom)
    if (layers.length > 0) context.drawImage(await renderDeck(map, layers), 0, 0, output.width, output.height)
    return { canvas: output, zoom, latitude: centre.lat }
  } finally {
    map.remove()
    container.remove()
  }
}

/** deck.gl over the same map, as on screen; resolved with its canvas after its second frame (fonts in place). */
async function renderDeck(map: maplibregl.Map, layers: Layer[]): Promise<HTMLCanvasElement> {
  const { MapboxOverlay } = await import('@deck.gl/mapbox')
  return new Promise((resolve) => {
    let frames = 0
    const overlay: InstanceType<typeof MapboxOverlay> = new MapboxOverlay({
      interleaved: false,
      layers,
      onAfterRender: () => {
        frames += 1
        if (frames === 2) {
          const canvas = map
            .getContainer()
            .querySelector<HTMLCanvasElement>('#deckgl-overlay, canvas:not(.maplibregl-canvas)')
          const copy = document.createElement('canvas')
          if (canvas) {
            copy.width = canvas.width
            copy.height = canvas.height
            copy.getContext('2d')?.drawImage(canvas, 0, 0)
          }
          resolve(copy)
          setTimeout(() => map.removeControl(overlay), 0)
        } else if (frames === 1) map.triggerRepaint()
      },
    })
    map.addControl(overlay)
  })
}
