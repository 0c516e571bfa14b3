import type { LayerSpecification } from 'maplibre-gl'
import type { ZoneKind } from '../api'
import type { Choropleth } from '../choropleth'
import { noDataColour } from '../palette'
import {
  classHighlightLayer,
  communeFillLayer,
  communeOutlineLayer,
  fillOpacities,
  hoverLayer,
  selectionLayer,
} from './communes'
import { borderLayer, districtLayer, provinceLayer } from './reference'
import { drawingLayers, gateLayerId, zoneLayers } from './zones'

export type MapLayersInput = {
  choropleth: Choropleth | null
  highlightClass: number | null
  hovered: string | null
  selected: string | null
  showDistricts: boolean
  /** Restricted layers that have data (only ever for users who may see them). */
  zones?: ZoneKind[]
  drawing?: boolean
  /** Communes outlined whatever the class (the planner's top N). */
  highlightCodes?: string[]
  /** The indicator's colours full, dimmed or hidden under the defence layers. */
  indicatorFill?: keyof typeof fillOpacities
}

/**
 * Every MapLibre layer of the map, in drawing order, as a pure function of the data and the UI
 * state: the choropleth and its highlights, the zones, a drawing in progress, the reference lines,
 * and the border gates on top.
 */
export function mapLayers(input: MapLayersInput): LayerSpecification[] {
  const highlighted =
    input.highlightCodes ??
    (input.highlightClass === null ? [] : (input.choropleth?.classes[input.highlightClass]?.codes ?? []))
  const zones = zoneLayers(input.zones ?? [])
  return [
    communeFillLayer(
      input.choropleth?.colours ?? new Map(),
      noDataColour,
      fillOpacities[input.indicatorFill ?? 'full'],
    ),
    communeOutlineLayer(),
    classHighlightLayer(highlighted),
    hoverLayer(input.hovered),
    selectionLayer(input.selected),
    ...zones.filter((layer) => layer.id !== gateLayerId),
    ...(input.drawing ? drawingLayers() : []),
    ...(input.showDistricts ? [districtLayer()] : []),
    provinceLayer(),
    borderLayer(),
    ...zones.filter((layer) => layer.id === gateLayerId),
  ]
}
