import { useState } from 'react'
import { api, type Indicator, type Normalise } from '../api'
import { formatNumber, type Language } from '../format'
import { indicatorName, useText } from '../i18n/text'
import { useIndicators } from '../queries'

type Props = {
  /** The ranking's weights as the ranking view uses them (chosen, or the headline preset). */
  weights: Record<string, number>
  normalise: Normalise
}

// The years the server's report covers: the plan's baseline 2021 to 2026 (planningYear in
// server/routes/ranking-query.ts); of those, the ones with values in the catalogue.
const firstYear = 2021
const lastYear = 2026

export function reportYears(catalogue: Indicator[]): number[] {
  const latest = Math.max(firstYear, ...catalogue.flatMap((indicator) => indicator.years))
  const until = Math.min(latest, lastYear)
  return Array.from({ length: until - firstYear + 1 }, (_, index) => firstYear + index)
}

/**
 * The progress report (issue 11 §1): the planner picks a year (the latest with values by default),
 * the report's language and, if wanted, the current ranking's weights; the server makes the Word
 * document or the printable page, so this only builds their addresses.
 */
export function ProgressReportForm({ weights, normalise }: Props) {
  const { text, language } = useText()
  const catalogue = useIndicators().data ?? []
  const years = reportYears(catalogue)
  const [chosenYear, setYear] = useState<number | null>(null)
  const [chosenLanguage, setLanguage] = useState<Language | null>(null)
  const [withRanking, setWithRanking] = useState(false)
  const year = chosenYear ?? years.at(-1) ?? firstYear
  const request = {
    year,
    language: chosenLanguage ?? language,
    ...(withRanking ? { ranking: { weights, normalise } } : {}),
  }
  const weighted = Object.entries(weights)
    .map(([code, weight]) => {
      const indicator = catalogue.find((item) => item.code === code)
      return `${indicator ? indicatorName(indicator, language) : code} × ${formatNumber(weight, language, 2)}`
    })
    .join('; ')
  return (
    <details className="report-form">
      <summary>{text.report.heading}</summary>
      <p className="muted">{text.report.intro}</p>
      <label className="field">
        <span>{text.report.year}</span>
        <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {years.map((item) => (
            <option key={item} value={item}>
              {item}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{text.report.language}</span>
        <select value={request.language} onChange={(event) => setLanguage(event.target.value as Language)}>
          {(['vi', 'en'] as const).map((item) => (
            <option key={item} value={item}>
              {text.report.languages[item]}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={withRanking} onChange={() => setWithRanking(!withRanking)} />
        <span>{text.report.useRanking}</span>
      </label>
      <p className="muted">{withRanking ? text.report.rankingWeights(weighted) : text.report.headlineWeights}</p>
      <div className="buttons">
        <a className="button" href={api.progressReportUrl({ ...request, format: 'docx' })} download>
          {text.report.docx}
        </a>
        <a
          className="button"
          href={api.progressReportUrl({ ...request, format: 'html' })}
          target="_blank"
          rel="noopener"
        >
          {text.report.html}
        </a>
      </div>
      <p className="muted">{text.report.htmlNote}</p>
    </details>
  )
}
