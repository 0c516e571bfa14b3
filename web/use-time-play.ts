import { useEffect } from 'react'
import * as ui from './state'
import { nextPlayYear, type TimeAxis } from './time-axis'

/** How long each year stays on screen while playing. */
export const playInterval = 1500

type Input = {
  playing: boolean
  axis: TimeAxis | null
  /** The year on screen (the state's, resolved against the years with values). */
  year: number | null
  /** The year's map is drawn with its own values (not the previous year's kept on screen while loading). */
  ready: boolean
  update: (change: (state: ui.UiState) => ui.UiState) => void
}

/**
 * Play (issue 12): once the year on screen is drawn, the next year with values follows after
 * `playInterval`; at the last one play stops. A slow answer holds the year until it arrives, so no
 * year is skipped on a slow line.
 */
export function useTimePlay({ playing, axis, year, ready, update }: Input) {
  useEffect(() => {
    if (!playing || !ready || !axis || year === null) return
    const timer = setTimeout(() => update((current) => ui.playStep(current, nextPlayYear(axis, year))), playInterval)
    return () => clearTimeout(timer)
  }, [playing, ready, axis, year, update])
}
