import { useEffect, useRef } from 'react'
import type { Indicator, Normalise, Ranking } from '../api'
import { formatNumber } from '../format'
import { indicatorName, useText } from '../i18n/text'
import { legendEntries } from '../legend-entries'
import { contributionColour, rankingChoropleth } from '../ranking'
import { ProvenanceBadge } from './provenance-badge'
import { ScoreBar } from './score-bar'
import { WeightsEditor } from './weights-editor'

type Props = {
  ranking: Ranking | undefined
  loading: boolean
  error: string | null
  indicators: Indicator[]
  weights: Record<string, number>
  normalise: Normalise
  topN: number
  focused: string | null
  onWeights: (weights: Record<string, number>) => void
  onNormalise: (normalise: Normalise) => void
  onTopN: (count: number) => void
  onHover: (code: string | null) => void
  onSelect: (code: string) => void
}

/**
 * The disadvantage ranking: weights and normalisation, then the 65 communes in order with why
 * (each indicator's share of the score), the people living there, and how stable the rank is.
 */
export function RankingPanel(props: Props) {
  const { text, language } = useText()
  const rows = useRef<Map<string, HTMLTableRowElement>>(new Map())
  const chosen = Object.keys(props.weights)
  const byCode = new Map(props.indicators.map((indicator) => [indicator.code, indicator]))
  useEffect(() => {
    if (props.focused) rows.current.get(props.focused)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }, [props.focused])

  return (
    <aside className="detail-panel ranking-panel" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{text.planner.ranking}</h2>
      <WeightsEditor
        indicators={props.indicators}
        weights={props.weights}
        normalise={props.normalise}
        topN={props.topN}
        onWeights={props.onWeights}
        onNormalise={props.onNormalise}
        onTopN={props.onTopN}
      />
      <p className="muted">{text.planner.scoreExplained}</p>
      {props.ranking && <RankingLegend ranking={props.ranking} topN={props.topN} />}
      {chosen.length === 0 && <p className="notice">{text.planner.chooseIndicators}</p>}
      {props.error && (
        <p className="form-error" role="alert">
          {props.error}
        </p>
      )}
      <ul className="contribution-key" aria-label={text.planner.why}>
        {chosen.map((code, index) => (
          <li key={code}>
            <span className="swatch" style={{ backgroundColor: contributionColour(index) }} aria-hidden="true" />{' '}
            {byCode.get(code) ? indicatorName(byCode.get(code)!, language) : code}
          </li>
        ))}
      </ul>
      {props.ranking && (
        <table className="data-table ranking-table" aria-busy={props.loading}>
          <thead>
            <tr>
              <th scope="col">{text.planner.rank}</th>
              <th scope="col">{text.table.commune}</th>
              <th scope="col">{text.planner.score}</th>
              <th scope="col">{text.planner.population}</th>
              <th scope="col" title={text.planner.stabilityHelp}>
                {text.planner.stability}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.ranking.items.map((item) => (
              <tr
                key={item.code}
                ref={(row) => {
                  if (row) rows.current.set(item.code, row)
                }}
                className={[
                  item.rank !== null && item.rank <= props.topN ? 'top' : '',
                  props.focused === item.code ? 'focused' : '',
                ].join(' ')}
                onMouseEnter={() => props.onHover(item.code)}
                onMouseLeave={() => props.onHover(null)}
              >
                <td className="number">{item.rank ?? '—'}</td>
                <th scope="row">
                  <button type="button" className="link" onClick={() => props.onSelect(item.code)}>
                    {item.name}
                  </button>
                  {item.rank === null && (
                    <div className="muted">
                      {text.planner.missingIndicators(
                        (props.ranking!.missing.find((missing) => missing.code === item.code)?.indicators ?? [])
                          .map((code) => (byCode.get(code) ? indicatorName(byCode.get(code)!, language) : code))
                          .join(', '),
                      )}
                    </div>
                  )}
                </th>
                <td>
                  {item.score !== null && (
                    <ScoreBar
                      score={item.score}
                      contributions={chosen.map((code, index) => ({
                        name: byCode.get(code) ? indicatorName(byCode.get(code)!, language) : code,
                        points: item.score! * (item.contributions[code] ?? 0),
                        colour: contributionColour(index),
                      }))}
                    />
                  )}
                  <ProvenanceBadge provenance={item.provenance} />
                </td>
                <td className="number">
                  {item.population === null ? '—' : formatNumber(item.population, language, 0)}
                </td>
                <td className="number">
                  {item.stability === null ? '—' : item.stability === 0 ? '0' : `±${item.stability}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </aside>
  )
}

/** The score classes on the map, and the outline of the top N. */
function RankingLegend({ ranking, topN }: { ranking: Ranking; topN: number }) {
  const { text, language } = useText()
  return (
    <ul className="classes compact ranking-legend">
      {legendEntries(rankingChoropleth(ranking), text, language).map((entry) => (
        <li key={entry.label}>
          <span className="swatch" style={{ backgroundColor: entry.colour }} aria-hidden="true" /> {entry.label}{' '}
          <span className="count">({text.communesCount(entry.count)})</span>
        </li>
      ))}
      <li>
        <span className="swatch top-outline" aria-hidden="true" /> {text.planner.topN} {topN}
      </li>
    </ul>
  )
}
