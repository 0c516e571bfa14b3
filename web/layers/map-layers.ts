import type { LayerSpecification } from 'maplibre-gl'
import type { Choropleth } from '../choropleth'
import { noDataColour } from '../palette'
import { classHighlightLayer, communeFillLayer, communeOutlineLayer, hoverLayer, selectionLayer } from './communes'
import { borderLayer, districtLayer, provinceLayer } from './reference'

export type MapLayersInput = {
  choropleth: Choropleth | null
  highlightClass: number | null
  hovered: string | null
  selected: string | null
  showDistricts: boolean
}

/** Every MapLibre layer of the map, in drawing order, as a pure function of the data and the UI state. */
export function mapLayers(input: MapLayersInput): LayerSpecification[] {
  const highlighted =
    input.highlightClass === null ? [] : (input.choropleth?.classes[input.highlightClass]?.codes ?? [])
  return [
    communeFillLayer(input.choropleth?.colours ?? new Map(), noDataColour),
    communeOutlineLayer(),
    classHighlightLayer(highlighted),
    hoverLayer(input.hovered),
    selectionLayer(input.selected),
    ...(input.showDistricts ? [districtLayer()] : []),
    provinceLayer(),
    borderLayer(),
  ]
}
