import type { Scoreboard } from '../api'
import { formatValue } from '../format'
import { indicatorName, useText } from '../i18n/text'
import { Loading } from './load-state'
import { ProvenanceBadge } from './provenance-badge'
import { TrendChart } from './trend-chart'

type Props = {
  scoreboard: Scoreboard | undefined
  loading: boolean
  signedOut: boolean
  onGapMap: (indicator: string, year: number) => void
  onBack: () => void
}

/** Every target of the plan on one screen: the province value, who meets it, on track or not, who is responsible. */
export function TargetsView({ scoreboard, loading, signedOut, onGapMap, onBack }: Props) {
  const { text, language } = useText()
  return (
    <article className="page">
      <button type="button" className="link" onClick={onBack}>
        ← {text.views.map}
      </button>
      <h1>{text.planner.targets}</h1>
      {signedOut && <p className="notice">{text.planner.signInForTools}</p>}
      {loading && <Loading />}
      {scoreboard && <p className="muted">{scoreboard.statusRule[language]}</p>}
      {scoreboard && (
        <table className="data-table scoreboard">
          <thead>
            <tr>
              <th scope="col">{text.indicator}</th>
              <th scope="col">{text.planner.targetYear}</th>
              <th scope="col">{text.planner.provinceValue}</th>
              <th scope="col">{text.planner.communesMet}</th>
              <th scope="col">{text.planner.progress}</th>
              <th scope="col">{text.detail.department}</th>
            </tr>
          </thead>
          <tbody>
            {scoreboard.targets.map((row) => {
              const unit = row.provinceUnit
              const department = language === 'vi' ? row.departmentVi : row.departmentEn
              return (
                <tr key={`${row.indicator}-${row.targetYear}`}>
                  <th scope="row">
                    {row.scope === 'commune' ? (
                      <button
                        type="button"
                        className="link"
                        onClick={() => onGapMap(row.indicator, Math.min(row.targetYear, scoreboard.year))}
                        title={text.planner.gapMap}
                      >
                        {indicatorName(row, language)}
                      </button>
                    ) : (
                      indicatorName(row, language)
                    )}
                    <div className="muted">
                      {row.words[language]} · {row.clauseWords[language]}
                    </div>
                  </th>
                  <td className="number">{row.targetYear}</td>
                  <td>
                    {row.province && row.province.value !== null ? (
                      <>
                        <strong>{formatValue(row.province.value, unit, language, true)}</strong>{' '}
                        <span className="muted">({row.province.year})</span>{' '}
                        <ProvenanceBadge provenance={row.province.provenance} />
                        <div className="muted province-basis">
                          {row.province.method === 'computed' && `${text.planner.computed}: `}
                          {row.province.words[language]}
                        </div>
                      </>
                    ) : (
                      '—'
                    )}
                    <div>
                      <span className={`status status-${row.status}`}>{text.planner.status[row.status]}</span>
                    </div>
                    <div className="muted status-why">{row.statusWords[language]}</div>
                  </td>
                  <td className="number">{row.communes ? `${row.communes.met}/${row.communes.total}` : '—'}</td>
                  <td>
                    <TrendChart
                      points={row.series.map((point) => ({
                        year: point.year,
                        value: point.value,
                        provenance: point.provenance,
                      }))}
                      unit={unit}
                      target={row.threshold === null ? null : { year: row.targetYear, threshold: row.threshold }}
                      trend={row.trend}
                      language={language}
                      label={text.planner.progress}
                    />
                  </td>
                  <td className="muted">
                    {department} {row.departmentClause && `(${row.departmentClause})`}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </article>
  )
}
