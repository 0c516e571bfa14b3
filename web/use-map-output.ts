import { useState } from 'react'
import { api, type Ranking } from './api'
import { indicatorName, textFor } from './i18n/text'
import { type Basemap, baseStyle } from './layers/base-style'
import { legendEntries } from './legend-entries'
import type { Sheet } from './map/map-image'
import { provinceBounds } from './map/map-view'
import { mapCredits } from './map-credits'
import { noDataColour } from './palette'
import type { UiState } from './state'
import type { IndicatorScene } from './use-indicator-scene'
import type { useMapScene } from './use-map-scene'
import type { usePlanner } from './use-planner'
import { classYearsNote } from './year-classes'

type Input = {
  state: UiState
  scene: IndicatorScene
  planner: ReturnType<typeof usePlanner>
  map: ReturnType<typeof useMapScene>
  basemap: Basemap
}

/** What is being printed: the picture, and the ranking's table when the ranking is on the map. */
export type Printing = { image: string; ranking: Ranking | null }

/**
 * What anyone can take away from the map (issue 10 §4, §6): the published figures as CSV and
 * GeoJSON (the ranking's, for a planner who shows it), the whole province as a picture, and a print
 * on one A4 landscape page (a planner's with the ranking table on a second).
 */
export function useMapOutput({ state, scene, planner, map, basemap }: Input) {
  const text = textFor(state.language)
  const [busy, setBusy] = useState(false)
  const [printing, setPrinting] = useState<Printing | null>(null)
  const ranking = planner.override ? planner.rankingShown : null
  const request = ranking
    ? ({ kind: 'ranking', year: planner.rankingYear, weights: planner.weights, normalise: state.normalise } as const)
    : scene.indicator && scene.year !== null
      ? ({ kind: 'indicator', indicator: scene.indicator.code, year: scene.year } as const)
      : null

  const sheet = (): Sheet | null => {
    const choropleth = planner.override?.choropleth ?? scene.choropleth
    if (!choropleth || !scene.indicator) return null
    const title = ranking ? text.planner.ranking : indicatorName(scene.indicator, state.language)
    const locale = state.language === 'vi' ? 'vi-VN' : 'en-GB'
    const sample = ranking
      ? ranking.items.some((item) => item.provenance === 'sample')
      : scene.provenances.includes('sample')
    return {
      title: `${title} — ${text.shortTitle}`,
      subtitle: `${text.year} ${request?.year ?? ''} · ${text.planner.exportedAt} ${new Date().toLocaleDateString(locale)}`,
      legendTitle: title,
      entries: legendEntries(choropleth, text, state.language),
      notes: [
        ranking ? text.planner.scoreExplained : (scene.layer.data?.rule?.[state.language] ?? ''),
        scene.provenances.map((provenance) => text.provenance[provenance]).join(', '),
        ranking ? null : classYearsNote(text, state.classYears, scene.classYears),
      ].filter((note): note is string => Boolean(note)),
      warning: sample ? `${text.provenance.sample.toUpperCase()} — ${text.sampleBanner}` : null,
      sources: mapCredits(state.language, 'attribution').join(' · '),
      date: new Date().toISOString().slice(0, 10),
      north: text.planner.northArrow,
    }
  }

  /** The small multiples on the sheet when they are on screen (issue 12), all years loaded. */
  const multiples = async () => {
    const maps = scene.yearChoropleths
    if (!state.multiples || ranking || !maps || !map.communes.data) return null
    if (maps.some((item) => item.choropleth === null)) return null
    const { multiplesGeometry, sheetMultiples } = await import('./multiples-geometry')
    const colours = maps.map((item) => ({ year: item.year, colours: item.choropleth!.colours }))
    return sheetMultiples(multiplesGeometry(map.communes.data), colours, noDataColour)
  }

  /** The whole province as it is styled on screen, drawn at the picture's size. */
  const image = async (): Promise<Blob | null> => {
    const shown = sheet()
    if (!shown) return null
    const content = { ...shown, multiples: await multiples() }
    // The picture's code loads when a picture is asked for, not with the map (issue 13 §2).
    const [{ mapImage }, { renderOffscreen }] = await Promise.all([
      import('./map/map-image'),
      import('./map/offscreen-map'),
    ])
    return mapImage(content, (width, height, pixelRatio) =>
      renderOffscreen({
        base: baseStyle(basemap),
        sources: map.sources,
        layers: map.layers,
        bounds: provinceBounds,
        width,
        height,
        pixelRatio,
        deckLayers: async (zoom) => (await import('./layers/deck-layers')).deckLayers({ ...map.deckScene, zoom }),
      }),
    )
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
    csvUrl: request ? api.exportUrl('csv', request) : null,
    geojsonUrl: request ? api.exportUrl('geojson', request) : null,
    busy,
    printing,
    downloadPng: () =>
      withImage((blob) => {
        const link = document.createElement('a')
        link.href = URL.createObjectURL(blob)
        link.download = `lang-son-${request?.kind === 'indicator' ? request.indicator : 'ranking'}-${request?.year ?? ''}.png`
        link.click()
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
      }),
    print: () => withImage((blob) => setPrinting({ image: URL.createObjectURL(blob), ranking })),
    printed: () => {
      if (printing) URL.revokeObjectURL(printing.image)
      setPrinting(null)
    },
  }
}
