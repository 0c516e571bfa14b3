import type { MapStyleDataEvent } from '@vis.gl/react-maplibre'
import { useRef, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * A handler for the map's `styledata` events that renders the map's children again, at once, when
 * a style has loaded. react-maplibre adds <Source>s and <Layer>s on a timer after the style has
 * loaded, and that timer waits behind MapLibre's first frames (a second in software WebGL); added
 * as the style loads, they come before the first frame and MapLibre loads the communes alongside
 * it, as with a style that held them from the start (issue 13 §2).
 */
export function useSourcesAtStyleLoad() {
  const [, setStylesLoaded] = useState(0)
  const styleSeen = useRef<unknown>(null)
  return (event: MapStyleDataEvent) => {
    // Every change of a style fires `styledata`; only a new style needs its sources added.
    const style = (event.target as unknown as { style?: unknown }).style
    if (style === styleSeen.current) return
    styleSeen.current = style
    flushSync(() => setStylesLoaded((count) => count + 1))
  }
}
