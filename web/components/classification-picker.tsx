import { useId } from 'react'
import type { MapClassification } from '../choropleth'
import { useText } from '../i18n/text'
import { classifications } from '../state'
import { yearsSpan } from '../time-axis'
import type { ClassYears } from '../year-classes'
import { WrappingSelect } from './wrapping-select'

type Props = {
  value: MapClassification
  classYears: ClassYears
  /** The years with values, for "fixed over every year (2021–2026)". */
  years: number[]
  disabled: boolean
  onChange: (classification: MapClassification) => void
  onClassYears: (classYears: ClassYears) => void
}

export function ClassificationPicker({ value, classYears, years, disabled, onChange, onClassYears }: Props) {
  const { text } = useText()
  const id = useId()
  const yearsId = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{text.classification}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as MapClassification)}
      >
        {classifications.map((classification) => (
          <option key={classification} value={classification}>
            {text.classifications[classification]}
          </option>
        ))}
      </select>
      {value !== 'target' && value !== 'gap' && !disabled && (
        <>
          <label htmlFor={yearsId} className="sub-label">
            {text.time.classYears}
          </label>
          <WrappingSelect
            id={yearsId}
            value={String(classYears)}
            shown={
              classYears === 'all'
                ? text.time.classYearsAll(yearsSpan(years))
                : classYears === 'each'
                  ? text.time.classYearsEach
                  : text.time.classYearsHeld(classYears)
            }
            onChange={(chosen) => onClassYears(chosen === 'all' || chosen === 'each' ? chosen : Number(chosen))}
          >
            <option value="all">{text.time.classYearsAll(yearsSpan(years))}</option>
            <option value="each">{text.time.classYearsEach}</option>
            {typeof classYears === 'number' && (
              <option value={classYears}>{text.time.classYearsHeld(classYears)}</option>
            )}
          </WrappingSelect>
        </>
      )}
    </div>
  )
}
