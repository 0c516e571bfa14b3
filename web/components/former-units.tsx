import { useState } from 'react'
import type { UnitDetail } from '../api'
import { formatValue } from '../format'
import { indicatorName, useText } from '../i18n/text'
import { useFormerUnits } from '../queries'
import { ProvenanceBadge } from './provenance-badge'

const years = [2021, 2022, 2023, 2024]

/** The former communes of a 2025 commune with their own values of a pre-merger year, and each indicator's carry rule. */
export function FormerUnits({ detail }: { detail: UnitDetail }) {
  const { text, language } = useText()
  const [year, setYear] = useState(2024)
  const former = useFormerUnits(detail.unit.code, year, true)
  const indicators = detail.indicators.filter(
    (indicator) => indicator.measuredAt === 'commune' && indicator.code !== 'population',
  )
  const units = former.data?.former ?? []
  return (
    <details className="former-units">
      <summary>{text.planner.formerHeading(year)}</summary>
      <label className="inline-form">
        {text.year}{' '}
        <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {years.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      </label>
      {units.length > 0 && (
        <div className="wide">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{text.indicator}</th>
                {units.map((unit) => (
                  <th key={`${unit.code}-${unit.name}`} scope="col">
                    {unit.name}
                    {unit.kind !== 'whole' && (
                      <div className="muted">{formatValue(unit.share * 100, 'percent', language)}</div>
                    )}
                  </th>
                ))}
                <th scope="col">{text.planner.rule}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => (
                <tr key={indicator.code}>
                  <th scope="row">{indicatorName(indicator, language)}</th>
                  {units.map((unit) => {
                    const value = unit.values[indicator.code]
                    return (
                      <td key={`${unit.code}-${unit.name}`}>
                        {formatValue(value?.value ?? null, indicator.unit, language)}
                        {value?.provenance === 'sample' && <ProvenanceBadge provenance="sample" />}
                      </td>
                    )
                  })}
                  <td className="muted">{former.data?.rules[indicator.code]?.[language] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  )
}
