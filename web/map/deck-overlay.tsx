import { MapboxOverlay } from '@deck.gl/mapbox'
import { useControl } from '@vis.gl/react-maplibre'
import { type DeckScene, deckLayers } from '../layers/deck-layers'

/**
 * deck.gl drawn over MapLibre. Loaded after the first screen (map-view.tsx imports it lazily), so the
 * choropleth does not wait for deck.gl's code. `interleaved: false` because deck.gl 9.4's
 * interleaved mode throws on MapLibre 6 ("reading 'height'"); the overlay canvas sits above the map.
 */
export function DeckOverlay({ scene }: { scene: DeckScene }) {
  const layers = deckLayers(scene)
  const overlay = useControl(() => new MapboxOverlay({ interleaved: false, layers }))
  overlay.setProps({ layers })
  return null
}
