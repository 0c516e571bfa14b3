import {
  Layer,
  type MapLayerMouseEvent,
  Map as MapLibre,
  type MapRef,
  NavigationControl,
  ScaleControl,
  Source,
} from '@vis.gl/react-maplibre'
import type { FeatureCollection, Geometry } from 'geojson'
import * as maplibregl from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { LayerSpecification } from 'maplibre-gl'
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { type Basemap, baseStyle, provinceBounds } from '../layers/base-style'
import type { DeckScene } from '../layers/deck-layers'
import type { MapPosition } from '../state'
import { useSourcesAtStyleLoad } from './use-sources-at-style-load'

maplibregl.setWorkerUrl(workerUrl)

// Lạng Sơn's extent, for the opening view (kept with the base style, which has no MapLibre code).
export { provinceBounds }

// deck.gl (villages, labels) arrives after the coloured communes: the first screen does not wait
// for it (use-map-scene.ts gives it nothing to draw until the communes are on screen).
const DeckOverlay = lazy(() => import('./deck-overlay').then((module) => ({ default: module.DeckOverlay })))

export type FlyTarget = {
  key: number
  bbox?: [number, number, number, number] | null
  center?: [number, number] | null
  zoom?: number
  /** Pixels kept free around a bbox (default 60). */
  padding?: number
}

// Units without a polygon have a null geometry; MapLibre skips them.
type Collection = FeatureCollection<Geometry | null>

/** A GeoJSON source: its features, or the address MapLibre loads them from in its worker. */
export type MapSource = { id: string; data: Collection | string | undefined }
export type MapPick = { layer: string; properties: Record<string, unknown> } | null

export type MapViewProps = {
  /** GeoJSON sources in drawing order; each layer names its source. */
  sources: MapSource[]
  /** MapLibre layers in drawing order, each on one of the sources above. */
  layers: LayerSpecification[]
  deckScene: DeckScene
  basemap: Basemap
  position: MapPosition | null
  flyTo: FlyTarget | null
  /** Another map's camera to follow (side-by-side comparison). */
  follow?: MapPosition | null
  label: string
  /** Layers whose features answer the pointer (communes, gates, zones). */
  interactive: string[]
  onHover: (pick: MapPick, x: number, y: number) => void
  onClick: (pick: MapPick, lngLat: [number, number]) => void
  onMove: (position: MapPosition) => void
  onZoom: (zoom: number) => void
  onBasemapError: () => void
  /** The map has drawn all it was given and has nothing pending. */
  onIdle?: () => void
}

// deck.gl's code is loaded, and its canvas made, once there is something for it to draw; it then
// stays (while a sign-in fetches the names again, say).
const drawsSomething = (scene: DeckScene) =>
  scene.labels.length > 0 || scene.villages !== null || (scene.gates?.length ?? 0) > 0

const sourceOf = (layer: LayerSpecification) => ('source' in layer ? layer.source : undefined)

/** The only component that touches MapLibre and deck.gl instances (CONVENTIONS rule 8). */
export function MapView(props: MapViewProps) {
  const mapRef = useRef<MapRef>(null)
  const [deckShown, setDeckShown] = useState(false)
  if (!deckShown && drawsSomething(props.deckScene)) setDeckShown(true)
  const styleLoaded = useSourcesAtStyleLoad()
  const style = useMemo(() => baseStyle(props.basemap), [props.basemap])
  const { flyTo } = props

  useEffect(() => {
    const map = mapRef.current
    if (!map || !flyTo) return
    // The map's box may have just changed (a panel opened beside it): measured again before fitting.
    map.resize()
    if (flyTo.bbox) {
      const [west, south, east, north] = flyTo.bbox
      const bounds: [[number, number], [number, number]] = [
        [west, south],
        [east, north],
      ]
      const padding = flyTo.padding ?? 60
      map.fitBounds(bounds, { padding, maxZoom: 12, duration: 900 })
      // The box may change again just after (a panel's content arriving, the time slider leaving):
      // for a moment, a new size fits the same bounds again, so what was asked for stays in view.
      const asked = Date.now()
      const refit = () => {
        if (Date.now() - asked < 3000) map.fitBounds(bounds, { padding, maxZoom: 12, duration: 0 })
      }
      map.on('resize', refit)
      return () => {
        map.off('resize', refit)
      }
    }
    if (flyTo.center) map.flyTo({ center: flyTo.center, zoom: flyTo.zoom ?? 12, duration: 900 })
  }, [flyTo])

  const { follow } = props
  useEffect(() => {
    const map = mapRef.current
    if (!map || !follow) return
    const center = map.getCenter()
    const moved =
      Math.abs(center.lng - follow.longitude) > 1e-6 ||
      Math.abs(center.lat - follow.latitude) > 1e-6 ||
      Math.abs(map.getZoom() - follow.zoom) > 1e-4
    if (moved) map.jumpTo({ center: [follow.longitude, follow.latitude], zoom: follow.zoom })
  }, [follow])

  const pickAt = (event: MapLayerMouseEvent): MapPick => {
    const feature = event.features?.[0]
    return feature ? { layer: feature.layer.id, properties: feature.properties ?? {} } : null
  }
  const loaded = new Set(props.sources.filter((source) => source.data).map((source) => source.id))
  // Layers are drawn in the order of props.layers, whenever their data arrives: each goes below the
  // next one that is on the map.
  const shown = props.layers.filter((layer) => loaded.has(sourceOf(layer) ?? ''))
  const beforeOf = (id: string) => shown[shown.findIndex((layer) => layer.id === id) + 1]?.id

  return (
    <MapLibre
      ref={mapRef}
      mapLib={maplibregl}
      mapStyle={style}
      initialViewState={
        props.position
          ? { longitude: props.position.longitude, latitude: props.position.latitude, zoom: props.position.zoom }
          : { bounds: provinceBounds, fitBoundsOptions: { padding: 20 } }
      }
      minZoom={6}
      maxZoom={16}
      maxBounds={[104.5, 20.5, 109, 23.5]}
      interactiveLayerIds={props.interactive.filter((id) =>
        props.layers.some((layer) => layer.id === id && loaded.has(sourceOf(layer) ?? '')),
      )}
      attributionControl={false}
      onMouseMove={(event) => props.onHover(pickAt(event), event.point.x, event.point.y)}
      onMouseLeave={() => props.onHover(null, 0, 0)}
      onClick={(event) => props.onClick(pickAt(event), [event.lngLat.lng, event.lngLat.lat])}
      onMoveEnd={(event) => {
        const center = event.target.getCenter()
        props.onMove({ longitude: center.lng, latitude: center.lat, zoom: event.target.getZoom() })
      }}
      onZoom={(event) => props.onZoom(event.target.getZoom())}
      onIdle={props.onIdle}
      onStyleData={styleLoaded}
      onError={(event) => {
        if ('sourceId' in event && event.sourceId === 'basemap') props.onBasemapError()
      }}
      canvasContextAttributes={{ preserveDrawingBuffer: true }}
      style={{ width: '100%', height: '100%' }}
      aria-label={props.label}
    >
      {props.sources.map(
        (source) =>
          source.data && (
            <Source key={source.id} id={source.id} type="geojson" data={source.data as FeatureCollection | string}>
              {props.layers
                .filter((layer) => sourceOf(layer) === source.id)
                .map((layer) => (
                  <Layer key={layer.id} {...layer} beforeId={beforeOf(layer.id)} />
                ))}
            </Source>
          ),
      )}
      {deckShown && (
        <Suspense fallback={null}>
          <DeckOverlay scene={props.deckScene} />
        </Suspense>
      )}
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-left" unit="metric" />
    </MapLibre>
  )
}
