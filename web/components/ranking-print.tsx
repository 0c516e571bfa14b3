import type { Indicator, Ranking } from '../api'
import { formatNumber } from '../format'
import { indicatorName, useText } from '../i18n/text'

type Props = { ranking: Ranking; year: number; weights: Record<string, number>; indicators: Indicator[] }

/** The ranking's table on the printed page after the map: all 65 communes in two columns. */
export function RankingPrint({ ranking, year, weights, indicators }: Props) {
  const { text, language } = useText()
  const half = Math.ceil(ranking.items.length / 2)
  const names = new Map(indicators.map((indicator) => [indicator.code, indicatorName(indicator, language)]))
  return (
    <section className="ranking-print">
      <h2>{text.printRanking(year)}</h2>
      <p className="muted">
        {text.planner.weights}:{' '}
        {Object.entries(weights)
          .map(([code, weight]) => `${names.get(code) ?? code} × ${weight}`)
          .join('; ')}
        . {text.planner.scoreExplained}
      </p>
      <div className="ranking-print-columns">
        {[ranking.items.slice(0, half), ranking.items.slice(half)].map((items) => (
          <table key={items[0]?.code ?? 'empty'} className="data-table">
            <thead>
              <tr>
                <th scope="col">{text.planner.rank}</th>
                <th scope="col">{text.table.commune}</th>
                <th scope="col">{text.planner.score}</th>
                <th scope="col">{text.planner.population}</th>
                <th scope="col">{text.table.provenance}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.code}>
                  <td className="number">{item.rank ?? '—'}</td>
                  <th scope="row">{item.name}</th>
                  <td className="number">{item.score === null ? '—' : formatNumber(item.score, language, 1)}</td>
                  <td className="number">
                    {item.population === null ? '—' : formatNumber(item.population, language, 0)}
                  </td>
                  <td>{item.provenance ? text.provenance[item.provenance] : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  )
}
