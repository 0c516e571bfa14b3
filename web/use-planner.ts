import { useMemo, useState } from 'react'
import { ApiError, api, type Profile } from './api'
import { indicatorName, textFor } from './i18n/text'
import { legendEntries } from './legend-entries'
import { mainMapElement, mapImage, metresPerPixel } from './map/map-image'
import { mapCredits } from './map-credits'
import { useRanking, useTargets } from './queries'
import { presetWeights, rankingChoropleth, topCodes } from './ranking'
import type { UiState } from './state'
import type { IndicatorScene } from './use-indicator-scene'

/**
 * The planner's workspace: the ranking (and its map), the scoreboard, the exports of what is on
 * screen, and the map as an image or a printed page.
 */
export function usePlanner(state: UiState, profile: Profile | null, scene: IndicatorScene) {
  const may = Boolean(profile?.can.plannerTools)
  const text = textFor(state.language)
  const weights = state.weights ?? presetWeights('headline', scene.indicators)
  const rankingYear = scene.year ?? 2025
  const ranking = useRanking(rankingYear, weights, state.normalise, may && state.view === 'ranking')
  const scoreboard = useTargets(scene.year, may && state.view === 'targets')
  const [busy, setBusy] = useState(false)
  const [printImage, setPrintImage] = useState<string | null>(null)
  const rankingShown = may && state.view === 'ranking' && ranking.data ? ranking.data : null
  const override = useMemo(
    () =>
      rankingShown
        ? { choropleth: rankingChoropleth(rankingShown), highlightCodes: topCodes(rankingShown, state.topN) }
        : null,
    [rankingShown, state.topN],
  )
  const request =
    state.view === 'ranking'
      ? ({ kind: 'ranking', year: rankingYear, weights, normalise: state.normalise } as const)
      : scene.indicator && scene.year !== null
        ? ({ kind: 'indicator', indicator: scene.indicator.code, year: scene.year } as const)
        : null

  /** The map with its title, legend, scale, north arrow, date, sources and provenance, as a PNG. */
  const image = async (): Promise<Blob | null> => {
    const element = mainMapElement()
    const choropleth = override?.choropleth ?? scene.choropleth
    if (!element || !choropleth || !scene.indicator) return null
    const title = override ? text.planner.ranking : indicatorName(scene.indicator, state.language)
    const position = state.position ?? { latitude: 21.85, longitude: 106.73, zoom: 8 }
    const sample = override
      ? rankingShown?.items.some((item) => item.provenance === 'sample')
      : scene.provenances.includes('sample')
    return mapImage(element, {
      title: `${title} — ${text.shortTitle}`,
      subtitle: `${text.year} ${override ? rankingYear : scene.year} · ${text.planner.exportedAt} ${new Date().toLocaleDateString(state.language === 'vi' ? 'vi-VN' : 'en-GB')}`,
      legendTitle: title,
      entries: legendEntries(choropleth, text, state.language),
      notes: [
        override ? text.planner.scoreExplained : (scene.layer.data?.rule?.[state.language] ?? ''),
        scene.provenances.map((provenance) => text.provenance[provenance]).join(', '),
      ].filter(Boolean),
      warning: sample ? `${text.provenance.sample.toUpperCase()} — ${text.sampleBanner}` : null,
      sources: mapCredits(state.language, 'attribution').join(' · '),
      date: new Date().toISOString().slice(0, 10),
      north: text.planner.northArrow,
      metresPerPixel: metresPerPixel(position.latitude, position.zoom),
    })
  }
  const withImage = async (use: (blob: Blob) => void) => {
    setBusy(true)
    try {
      const blob = await image()
      if (blob) use(blob)
    } finally {
      setBusy(false)
    }
  }

  return {
    may,
    weights,
    ranking,
    rankingError: ranking.error instanceof ApiError ? ranking.error.message : null,
    scoreboard,
    override,
    busy,
    printImage,
    csvUrl: may && request ? api.exportUrl('csv', request) : null,
    geojsonUrl: may && request ? api.exportUrl('geojson', request) : null,
    downloadPng: () =>
      withImage((blob) => {
        const link = document.createElement('a')
        link.href = URL.createObjectURL(blob)
        link.download = `lang-son-${request?.kind === 'indicator' ? request.indicator : 'ranking'}-${request?.year ?? ''}.png`
        link.click()
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
      }),
    print: () => withImage((blob) => setPrintImage(URL.createObjectURL(blob))),
    printed: () => {
      if (printImage) URL.revokeObjectURL(printImage)
      setPrintImage(null)
    },
  }
}
