import { chosenIndicator } from './indicator-choice'
import { communeLayerQuery, communesQuery, indicatorsQuery, queryClient } from './queries'
import type { UiState } from './state'

/**
 * What the first coloured map needs, asked for before React renders (issue 13 §2: the portal took
 * 2.5× as long as MapLibre alone to show it): the communes' outlines and the catalogue at once
 * (index.html has already asked for the catalogue), and the chosen indicator's values as soon as
 * the catalogue names them. The page's hooks find the answers under the same keys. Resolves when
 * the values are in or cannot be had; a failure is left to those hooks, which show it.
 */
export async function prefetchFirstMap(state: UiState): Promise<void> {
  void queryClient.prefetchQuery(communesQuery(state.historical))
  try {
    const catalogue = await queryClient.fetchQuery(indicatorsQuery)
    const { indicator, year } = chosenIndicator(catalogue, state)
    const vintage = state.historical ? '2019' : '2025'
    if (indicator && year !== null) await queryClient.prefetchQuery(communeLayerQuery(indicator.code, year, vintage))
  } catch {
    // Shown by the page's own queries.
  }
}

/**
 * Waits for `firstMap`, at most `milliseconds`: the page renders with the colours already known, so
 * that its map lays the communes out once, with them (a fill whose colour rule changes is laid out
 * again), yet a slow network never holds the page up for long.
 */
export const atMost = (firstMap: Promise<void>, milliseconds: number) =>
  Promise.race([firstMap, new Promise<void>((resolve) => setTimeout(resolve, milliseconds))])
