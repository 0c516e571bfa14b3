import { useId } from 'react'
import type { MapClassification } from '../choropleth'
import { useText } from '../i18n/text'
import { classifications } from '../state'

type Props = {
  value: MapClassification
  holdYear: number | null
  year: number | null
  disabled: boolean
  onChange: (classification: MapClassification) => void
  onHold: (year: number | null) => void
}

export function ClassificationPicker({ value, holdYear, year, disabled, onChange, onHold }: Props) {
  const { text } = useText()
  const id = useId()
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
        <label className="check">
          <input
            type="checkbox"
            checked={holdYear !== null}
            onChange={(event) => onHold(event.target.checked ? year : null)}
          />
          <span>{holdYear !== null ? text.heldAt(holdYear) : text.holdBreaks}</span>
        </label>
      )}
    </div>
  )
}
