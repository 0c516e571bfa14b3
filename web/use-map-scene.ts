import { area, pointOnFeature } from '@turf/turf'
import { useMemo } from 'react'
import type { ZoneCollection, ZoneKind } from './api'
import type { Choropleth } from './choropleth'
import { communeFillId, communeSource } from './layers/communes'
import type { DeckScene } from './layers/deck-layers'
import { gateLabels } from './layers/gate-labels'
import { mapLayers } from './layers/map-layers'
import { shortName, type VillagePoint, villagePoints } from './layers/places'
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
  const province = useProvince()
  const border = useBorder()
  const districts = useDistricts(state.showDistricts)
  const villages = useVillages(state.showVillages)
  const labels = useMemo(
    () =>
      (communes.data?.features ?? []).map((feature) => ({
        code: feature.properties.code,
        text: shortName(feature.properties.name),
        position: pointOnFeature(feature as never).geometry.coordinates as [number, number],
        priority: feature.geometry ? area(feature as never) / 1e6 : 0,
      })),
    [communes.data],
  )
  const points = useMemo(() => (villages.data ? villagePoints(villages.data) : []), [villages.data])

  const sources: MapSource[] = [
    { id: communeSource, data: communes.data },
    ...zoneKinds.map((kind) => ({ id: zoneSource(kind), data: zones[kind] })),
    { id: drawingSource, data: drawing.active ? drawingCollection(drawing.corners) : (drawing.preview() ?? undefined) },
    { id: districtSource, data: state.showDistricts ? districts.data : undefined },
    { id: provinceSource, data: province.data },
    { id: borderSource, data: border.data },
  ]
  const layers = mapLayers({
    choropleth: override?.choropleth ?? scene.choropleth,
    highlightClass: state.highlightClass,
    highlightCodes: override?.highlightCodes,
    hovered,
    selected: state.selected,
    showDistricts: state.showDistricts,
    zones: zoneKinds.filter((kind) => zones[kind]),
    drawing: drawing.active || drawing.uploaded !== null,
    indicatorFill: state.indicatorFill,
  })
  const deckScene: DeckScene = {
    labels,
    zoom,
    selected: state.selected,
    villages: state.showVillages && points.length > 0 ? { points, flags: scene.flags, colours: flagColours } : null,
    onVillageHover,
    gates: gateLabels(zones.gates),
  }
  return { communes, labels, sources, layers, deckScene, interactive: [communeFillId, gateLayerId, restrictedFillId] }
}
