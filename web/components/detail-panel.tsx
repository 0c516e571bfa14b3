import { useState } from 'react'
import type { UnitDetail } from '../api'
import { formatDifference, formatValue } from '../format'
import { indicatorName, type Text, useText } from '../i18n/text'
import { carried, type IndicatorDetail, shownValue, targetOf, unitOf, type Value, valueOfYear } from '../unit-values'
import { FormerUnits } from './former-units'
import { ProvenanceBadge } from './provenance-badge'
import { TrendChart } from './trend-chart'
import { UnitFacts } from './unit-facts'
import { CommuneHistory, IndicatorHistory } from './value-history'

type Props = {
  detail: UnitDetail
  /** The year chosen on the map: the panel shows each indicator's value of that year (or the latest before it). */
  year: number | null
  onClose: () => void
  onMethodology: () => void
  /** The commune's one-page profile, to print or save as PDF. */
  onProfile: () => void
  onIndicator: (code: string) => void
  /** A planner's panel: the history of each value, and corrections. */
  mayCorrect: boolean
}

/**
 * "7 of 12 mapped villages", "from 3 former communes": the numbers behind a value, only where the
 * portal holds them. A share of people is never turned into a number of people: the portal does
 * not hold the base of such shares (children under five, pupils, households).
 */
function basis(value: Value, text: Text) {
  if (value.villages !== null && value.flagged !== null) return text.detail.villagesBasis(value.flagged, value.villages)
  if (value.method === 'crosswalk' && value.fromCodes) return text.detail.carriedFrom(value.fromCodes.length)
  return null
}

function IndicatorRow({
  indicator,
  year,
  onIndicator,
  history,
}: {
  indicator: IndicatorDetail
  year: number | null
  onIndicator: (code: string) => void
  /** The commune whose value's history a planner may open, or null for the public. */
  history: { unit: string; vintage: string } | null
}) {
  const { text, language } = useText()
  const [open, setOpen] = useState(false)
  const shown = valueOfYear(indicator, year)
  if (!shown) return null
  // The server's answer: the next target of the value's year, and how the value stands against it.
  const { target, check } = targetOf(indicator, shown)
  const numeric = indicator.valueType === 'number'
  const points = indicator.series
    .filter((value) => value.year >= 2021 && (numeric || !carried(indicator, value)))
    .map((value) => ({
      year: value.year,
      value: value.valueNumber ?? (value.valueFlag === null ? null : Number(value.valueFlag)),
      provenance: value.provenance,
    }))
  const department = language === 'vi' ? indicator.departmentVi : indicator.departmentEn
  const valueBasis = basis(shown, text)
  return (
    <li className="indicator-row">
      <button type="button" className="link indicator-name" onClick={() => onIndicator(indicator.code)}>
        {indicatorName(indicator, language)}
      </button>
      <div className="indicator-value">
        <strong>{formatValue(shownValue(shown), unitOf(indicator, shown), language)}</strong>{' '}
        <span className="muted">({shown.year})</span> <ProvenanceBadge provenance={shown.provenance} />
        {valueBasis && <span className="muted basis"> · {valueBasis}</span>}
      </div>
      {target && (
        <div className="target" title={`${text.planText} ${target.clauseWords[language]}`}>
          {text.target(target.year, (check?.words ?? target.words)[language])}
          {check && (
            <span className={check.met ? 'met' : 'not-met'}>
              {' '}
              — {check.met ? text.detail.met : text.detail.notMet}
              {numeric &&
                !check.met &&
                `, ${text.detail.gap} ${formatDifference(Math.abs(check.gap), indicator.unit, language)}`}
            </span>
          )}
        </div>
      )}
      {numeric && (
        <TrendChart
          points={points}
          unit={indicator.unit}
          target={check ? { year: check.year, threshold: check.threshold } : null}
          language={language}
          label={text.detail.trend}
        />
      )}
      {department && (
        <div className="muted department">
          {text.detail.department}: {department} ({indicator.departmentClause})
        </div>
      )}
      {history && (
        <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? text.history.hide : text.history.show}
        </button>
      )}
      {history && open && <IndicatorHistory unit={history.unit} vintage={history.vintage} indicator={indicator} />}
    </li>
  )
}

/** The commune's card: who it is, what it was formed from, every indicator with target, trend and provenance, its villages. */
export function DetailPanel({ detail, year, onClose, onMethodology, onProfile, onIndicator, mayCorrect }: Props) {
  const { text, language } = useText()
  const [communeHistory, setCommuneHistory] = useState(false)
  // On a phone the panel is a bottom sheet that opens at a peek, leaving the map most of the screen.
  const [expanded, setExpanded] = useState(false)
  const history = mayCorrect ? { unit: detail.unit.code, vintage: detail.unit.vintage } : null
  const villageIndicators = detail.indicators.filter((indicator) => indicator.measuredAt === 'village')
  return (
    <aside className={expanded ? 'detail-panel expanded' : 'detail-panel peek'} aria-labelledby="detail-title">
      <header>
        <h2 id="detail-title">{detail.unit.name}</h2>
        <button type="button" className="sheet-toggle" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? text.sheet.less : text.sheet.more}
        </button>
        <button type="button" className="close" onClick={onClose} aria-label={text.close}>
          ×
        </button>
      </header>
      <UnitFacts detail={detail} />
      <p className="profile-link">
        <button type="button" className="link" onClick={onProfile}>
          {text.profile.open}
        </button>
      </p>
      {detail.unit.vintage === '2025' && detail.unit.level === 'commune' && <FormerUnits detail={detail} />}
      <h3>{text.detail.indicators}</h3>
      <ul className="indicator-list">
        {detail.indicators
          .filter((indicator) => indicator.code !== 'population')
          .map((indicator) => (
            <IndicatorRow
              key={indicator.code}
              indicator={indicator}
              year={year}
              onIndicator={onIndicator}
              history={history}
            />
          ))}
      </ul>
      <h3>{text.detail.villagesHeading}</h3>
      {detail.villages.length === 0 ? (
        <p className="muted">{text.detail.noVillages}</p>
      ) : (
        <table className="village-table">
          <thead>
            <tr>
              <th scope="col">{text.searchGroups.village}</th>
              {villageIndicators.map((indicator) => (
                <th key={indicator.code} scope="col" title={indicatorName(indicator, language)}>
                  {indicatorName(indicator, language)
                    .replace(/^(Tỷ lệ |Số )/, '')
                    .slice(0, 28)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {detail.villages.map((village) => (
              <tr key={village.id}>
                <th scope="row">{village.name}</th>
                {villageIndicators.map((indicator) => (
                  <td key={indicator.code}>{formatValue(village.flags[indicator.code] ?? null, 'flag', language)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {history && (
        <details onToggle={(event) => setCommuneHistory(event.currentTarget.open)}>
          <summary>{text.history.commune}</summary>
          {communeHistory && (
            <CommuneHistory unit={history.unit} vintage={history.vintage} indicators={detail.indicators} />
          )}
        </details>
      )}
      <p>
        <button type="button" className="link" onClick={onMethodology}>
          {text.methodologyLink}
        </button>
      </p>
    </aside>
  )
}
