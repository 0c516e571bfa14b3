import type { Layer } from '@deck.gl/core'
import { MapboxOverlay } from '@deck.gl/mapbox'
import { useControl } from '@vis.gl/react-maplibre'

/**
 * deck.gl drawn over MapLibre. `interleaved: false` because deck.gl 9.4's interleaved mode throws on
 * MapLibre 6 ("reading 'height'"); the overlay canvas sits above the map's own layers instead.
 */
export function DeckOverlay({ layers }: { layers: Layer[] }) {
  const overlay = useControl(() => new MapboxOverlay({ interleaved: false, layers }))
  overlay.setProps({ layers })
  return null
}
