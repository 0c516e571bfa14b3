import { useState } from 'react'
import { api, type Indicator, type TemplateRequest } from '../api'
import { indicatorName, useText } from '../i18n/text'

// Years a template can be asked for: the 2008–2019 list (2015–2019), the 2021 list (2021–2024)
// and the 2025 list onwards, up to the plan's horizon.
const templateYears = [2030, 2029, 2028, 2027, 2026, 2025, 2024, 2023, 2022, 2021, 2019, 2018, 2017, 2016, 2015]

/** The template a department fills in: chosen indicator(s), year, layout and format; pre-filled with the year's communes. */
export function ImportTemplateForm({ indicators }: { indicators: Indicator[] }) {
  const { text, language } = useText()
  const [request, setRequest] = useState<TemplateRequest>({
    indicator: 'all',
    year: 2025,
    layout: 'wide',
    format: 'xlsx',
  })
  const change = (part: Partial<TemplateRequest>) => setRequest((current) => ({ ...current, ...part }))
  return (
    <section className="import-step">
      <h2>1. {text.imports.template}</h2>
      <p className="muted">{text.imports.templateHelp}</p>
      <div className="inline-form">
        <label>
          {text.imports.indicator}{' '}
          <select value={request.indicator} onChange={(event) => change({ indicator: event.target.value })}>
            <option value="all">{text.imports.allIndicators}</option>
            {indicators.map((indicator) => (
              <option key={indicator.code} value={indicator.code}>
                {indicatorName(indicator, language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.imports.year}{' '}
          <select value={request.year} onChange={(event) => change({ year: Number(event.target.value) })}>
            {templateYears.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.imports.layout}{' '}
          <select
            value={request.layout}
            onChange={(event) => change({ layout: event.target.value as TemplateRequest['layout'] })}
          >
            {(['wide', 'long'] as const).map((layout) => (
              <option key={layout} value={layout}>
                {text.imports.layouts[layout]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.imports.format}{' '}
          <select
            value={request.format}
            onChange={(event) => change({ format: event.target.value as TemplateRequest['format'] })}
          >
            <option value="xlsx">Excel (.xlsx)</option>
            <option value="csv">CSV (UTF-8)</option>
          </select>
        </label>
        <a className="button" href={api.templateUrl(request)} download>
          {text.imports.template}
        </a>
      </div>
    </section>
  )
}
