import { useMemo } from 'react'
import type { Profile } from './api'
import { errorText } from './i18n/error-text'
import { useRanking, useTargets } from './queries'
import { presetWeights, rankingChoropleth, topCodes } from './ranking'
import type { UiState } from './state'
import type { IndicatorScene } from './use-indicator-scene'

/**
 * The planner's workspace: the ranking (and its map) and the scoreboard. The downloads, the
 * picture and the print of the map are everyone's (use-map-output.ts).
 */
export function usePlanner(state: UiState, profile: Profile | null, scene: IndicatorScene) {
  const may = Boolean(profile?.can.plannerTools)
  const weights = state.weights ?? presetWeights('headline', scene.indicators)
  const rankingYear = scene.year ?? 2025
  const ranking = useRanking(rankingYear, weights, state.normalise, may && state.view === 'ranking')
  const scoreboard = useTargets(scene.year, may && state.view === 'targets')
  const rankingShown = may && state.view === 'ranking' && ranking.data ? ranking.data : null
  const override = useMemo(
    () =>
      rankingShown
        ? { choropleth: rankingChoropleth(rankingShown), highlightCodes: topCodes(rankingShown, state.topN) }
        : null,
    [rankingShown, state.topN],
  )
  return {
    may,
    weights,
    ranking,
    rankingError: ranking.error ? errorText(ranking.error, state.language) : null,
    scoreboard,
    override,
    rankingShown,
    rankingYear,
  }
}
