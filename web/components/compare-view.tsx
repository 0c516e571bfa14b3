import { useMemo, useState } from 'react'
import type { Indicator, UnitCollection } from '../api'
import { buildChoropleth, type Choropleth, defaultClassification } from '../choropleth'
import { indicatorName, useText } from '../i18n/text'
import { communeSource } from '../layers/communes'
import { mapLayers } from '../layers/map-layers'
import type { Label } from '../layers/places'
import { borderSource, provinceSource } from '../layers/reference'
import { legendEntries } from '../legend-entries'
import { MapView } from '../map/map-view'
import { useBorder, useCommuneLayer, useProvince } from '../queries'
import type { MapPosition, UiState } from '../state'

type Side = { indicator: Indicator; year: number; choropleth: Choropleth | null }

type Props = {
  state: UiState
  left: Side
  indicators: Indicator[]
  communes: UnitCollection | undefined
  labels: Label[]
  onCompare: (compare: UiState['compare']) => void
  onBack: () => void
}

function Pane({
  side,
  sources,
  labels,
  camera,
  onMove,
}: {
  side: Side
  sources: Parameters<typeof MapView>[0]['sources']
  labels: Label[]
  camera: MapPosition | null
  onMove: (position: MapPosition) => void
}) {
  const { text, language } = useText()
  const layers = mapLayers({
    choropleth: side.choropleth,
    highlightClass: null,
    hovered: null,
    selected: null,
    showDistricts: false,
  })
  return (
    <section className="compare-pane">
      <h2>
        {indicatorName(side.indicator, language)} ({side.year})
      </h2>
      <div className="compare-map">
        <MapView
          sources={sources}
          layers={layers}
          deckScene={{ labels, zoom: camera?.zoom ?? 8, selected: null, villages: null, onVillageHover: () => {} }}
          interactive={[]}
          basemap={null}
          position={camera}
          follow={camera}
          flyTo={null}
          label={`${indicatorName(side.indicator, language)} ${side.year}`}
          onHover={() => {}}
          onClick={() => {}}
          onMove={onMove}
          onZoom={() => {}}
          onBasemapError={() => {}}
        />
      </div>
      {side.choropleth && (
        <ul className="classes compact">
          {legendEntries(side.choropleth, text, language).map((entry) => (
            <li key={entry.label}>
              <span className="swatch" style={{ backgroundColor: entry.colour }} /> {entry.label}{' '}
              <span className="count">({entry.count})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Two maps side by side, moving together: one indicator in two years, or two indicators in one year. */
export function CompareView({ state, left, indicators, communes, labels, onCompare, onBack }: Props) {
  const { text, language } = useText()
  // Both maps open on the whole province (MapView fits its bounds when it has no position): the
  // main map's camera was made for a map twice as wide and showed only part of it (issue 10 §5).
  // Once one map is moved, the other follows.
  const [camera, setCamera] = useState<MapPosition | null>(null)
  const province = useProvince()
  const border = useBorder()
  const compare = state.compare ?? { year: left.indicator.years.find((year) => year !== left.year) ?? left.year }
  const rightIndicator =
    'indicator' in compare
      ? (indicators.find((item) => item.code === compare.indicator) ?? left.indicator)
      : left.indicator
  const rightYear =
    'year' in compare
      ? compare.year
      : rightIndicator.years.includes(left.year)
        ? left.year
        : (rightIndicator.years.at(-1) ?? left.year)
  const layer = useCommuneLayer(rightIndicator.code, rightYear)
  const rightChoropleth = useMemo(
    () =>
      layer.data
        ? buildChoropleth({
            layer: layer.data,
            indicator: rightIndicator,
            classification: state.classification ?? defaultClassification(rightIndicator),
          })
        : null,
    [layer.data, rightIndicator, state.classification],
  )
  const sources = [
    { id: communeSource, data: communes },
    { id: provinceSource, data: province.data },
    { id: borderSource, data: border.data },
  ]
  return (
    <article className="page compare">
      <button type="button" className="link" onClick={onBack}>
        ← {text.views.map}
      </button>
      <div className="inline-form">
        <strong>{text.planner.compareWith}</strong>
        <label>
          {text.planner.compareYear}{' '}
          <select
            value={'year' in compare ? compare.year : ''}
            onChange={(event) => onCompare({ year: Number(event.target.value) })}
          >
            <option value="" disabled>
              —
            </option>
            {left.indicator.years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.planner.compareIndicator}{' '}
          <select
            value={'indicator' in compare ? compare.indicator : ''}
            onChange={(event) => onCompare({ indicator: event.target.value })}
          >
            <option value="" disabled>
              —
            </option>
            {indicators.map((indicator) => (
              <option key={indicator.code} value={indicator.code}>
                {indicatorName(indicator, language)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="compare-panes">
        <Pane side={left} sources={sources} labels={labels} camera={camera} onMove={setCamera} />
        <Pane
          side={{ indicator: rightIndicator, year: rightYear, choropleth: rightChoropleth }}
          sources={sources}
          labels={labels}
          camera={camera}
          onMove={setCamera}
        />
      </div>
    </article>
  )
}
