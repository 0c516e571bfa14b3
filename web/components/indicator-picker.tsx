import { useId } from 'react'
import type { Indicator } from '../api'
import { indicatorName, useText } from '../i18n/text'
import { WrappingSelect } from './wrapping-select'

type Props = { indicators: Indicator[]; value: string | null; onChange: (code: string) => void }

// The order of the domains in the picker, after the headline indicators.
const domainOrder = [
  'ethnic affairs',
  'roads',
  'culture',
  'forest',
  'poverty',
  'water',
  'electricity',
  'housing',
  'education',
  'health',
  'labour',
  'information',
  'new rural',
  'economy',
  'population',
]

/** A native select grouped by domain, the headline indicators on top: keyboard and screen-reader friendly. */
export function IndicatorPicker({ indicators, value, onChange }: Props) {
  const { text, language } = useText()
  const id = useId()
  const mappable = indicators.filter((indicator) => indicator.measuredAt !== 'province')
  const headline = mappable.filter((indicator) => indicator.headline !== null)
  const chosen = mappable.find((indicator) => indicator.code === value)
  const domains = domainOrder.filter((domain) => mappable.some((indicator) => indicator.domain === domain))
  return (
    <div className="field">
      <label htmlFor={id}>{text.indicator}</label>
      <WrappingSelect
        id={id}
        value={value ?? ''}
        shown={chosen ? indicatorName(chosen, language) : ''}
        onChange={onChange}
      >
        <optgroup label={text.headline}>
          {headline.map((indicator) => (
            <option key={indicator.code} value={indicator.code}>
              {indicatorName(indicator, language)}
            </option>
          ))}
        </optgroup>
        {domains.map((domain) => (
          <optgroup key={domain} label={text.domains[domain] ?? domain}>
            {mappable
              .filter((indicator) => indicator.domain === domain && indicator.headline === null)
              .map((indicator) => (
                <option key={indicator.code} value={indicator.code}>
                  {indicatorName(indicator, language)}
                </option>
              ))}
          </optgroup>
        ))}
      </WrappingSelect>
    </div>
  )
}
