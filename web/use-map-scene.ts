import { area, pointOnFeature } from '@turf/turf'
import { useMemo, useState } from 'react'
import { api, type ZoneCollection, type ZoneKind } from './api'
import type { Choropleth } from './choropleth'
import { communeFillId, communeSource } from './layers/communes'
import type { DeckScene } from './layers/deck-layers'
import { mapLayers } from './layers/map-layers'
import { gateLabels, shortName, type VillagePoint, villagePoints } from './layers/places'
import { borderSource, districtSource, provinceSource } from './layers/reference'
import { drawingCollection, drawingSource, gateLayerId, restrictedFillId, zoneSource } from './layers/zones'
import type { MapSource } from './map/map-view'
import { flagColours } from './palette'
import { useBorder, useCommunes, useDistricts, useProvince, useVillages } from './queries'
import { type UiState, zoneKinds } from './state'
import type { IndicatorScene } from './use-indicator-scene'
import type { ZoneDrawing } from './use-zone-drawing'

type Input = {
  state: UiState
  scene: IndicatorScene
  zones: Partial<Record<ZoneKind, ZoneCollection>>
  drawing: ZoneDrawing
  hovered: string | null
  /** The planner's ranking on the map instead of the indicator, with its top N outlined. */
  override?: { choropleth: Choropleth; highlightCodes: string[] } | null
  zoom: number
  onVillageHover: (point: VillagePoint | null, x: number, y: number) => void
}

/** Everything the map draws, in drawing order: sources, MapLibre layers and the deck.gl scene. */
export function useMapScene({ state, scene, zones, drawing, hovered, override, zoom, onVillageHover }: Input) {
  const communes = useCommunes(state.historical)
  // The coloured communes come first (issue 13 §2): the reference lines, the villages, the names and
  // deck.gl, which draws them, wait until the map has drawn the colours (or cannot), so as not to
  // hold the first screen up.
  const [coloured, setColoured] = useState(false)
  const uncolourable =
    communes.isError ||
    scene.catalogue.isError ||
    scene.layer.isError ||
    (scene.catalogue.isSuccess && !scene.indicator)
  const afterFirstMap = coloured || uncolourable
  const province = useProvince(afterFirstMap)
  const border = useBorder(afterFirstMap)
  const districts = useDistricts(state.showDistricts)
  const villages = useVillages(state.showVillages && afterFirstMap)
  const labels = useMemo(
    () =>
      afterFirstMap
        ? (communes.data?.features ?? []).map((feature) => ({
            code: feature.properties.code,
            text: shortName(feature.properties.name),
            position: pointOnFeature(feature as never).geometry.coordinates as [number, number],
            priority: feature.geometry ? area(feature as never) / 1e6 : 0,
          }))
        : [],
    [communes.data, afterFirstMap],
  )
  const points = useMemo(() => (villages.data ? villagePoints(villages.data) : []), [villages.data])

  const sources: MapSource[] = [
    // MapLibre loads and parses the communes in its worker, as it would alone; the page's own copy
    // (labels, search, pictures) comes from the same answer in the browser's cache.
    { id: communeSource, data: api.communesUrl(state.historical ? '2019' : '2025') },
    ...zoneKinds.map((kind) => ({ id: zoneSource(kind), data: zones[kind] })),
    { id: drawingSource, data: drawing.active ? drawingCollection(drawing.corners) : (drawing.preview() ?? undefined) },
    { id: districtSource, data: state.showDistricts ? districts.data : undefined },
    { id: provinceSource, data: province.data },
    { id: borderSource, data: border.data },
  ]
  const choropleth = override?.choropleth ?? scene.choropleth
  const allLayers = mapLayers({
    choropleth,
    highlightClass: state.highlightClass,
    highlightCodes: override?.highlightCodes,
    hovered,
    selected: state.selected,
    showDistricts: state.showDistricts,
    zones: zoneKinds.filter((kind) => zones[kind]),
    drawing: drawing.active || drawing.uploaded !== null,
    indicatorFill: state.indicatorFill,
  })
  // Until the first colours are known the communes are loaded but not drawn: MapLibre lays a
  // source's tiles out again whenever a fill's colour rule changes, so drawing them grey first would
  // lay them out twice before the colours show.
  const layers =
    afterFirstMap || choropleth !== null
      ? allLayers
      : allLayers.filter((layer) => !('source' in layer) || layer.source !== communeSource)
  const deckScene: DeckScene = {
    labels,
    zoom,
    selected: state.selected,
    villages: state.showVillages && points.length > 0 ? { points, flags: scene.flags, colours: flagColours } : null,
    onVillageHover,
    gates: gateLabels(zones.gates),
  }
  return {
    communes,
    labels,
    sources,
    layers,
    deckScene,
    interactive: [communeFillId, gateLayerId, restrictedFillId],
    /** The map has drawn all it was given: once it was given the colours, they are on screen. */
    onIdle: () => {
      if (choropleth !== null) setColoured(true)
    },
  }
}
