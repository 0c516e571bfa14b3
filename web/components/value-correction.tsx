import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { api, type ImportValue } from '../api'
import { formatValue } from '../format'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'
import { queryClient } from '../queries'

type Props = {
  unit: string
  vintage: string
  indicator: { code: string; unit: string; valueType: 'number' | 'category' | 'flag' }
  /** The years a value may be recorded for on this commune's list. */
  years: number[]
}

const statuses = ['I', 'II', 'III', 'none']

/** The value typed in the form, as the server reads it: a number, a status, or yes/no. */
function parsed(text: string, valueType: Props['indicator']['valueType']): ImportValue {
  if (valueType === 'number') return text.trim() === '' ? null : Number(text.replace(',', '.'))
  if (valueType === 'flag') return text === '' ? null : text === 'true'
  // A status comes from the select's options: one of the four the server reads.
  return statuses.includes(text) ? (text as ImportValue) : null
}

/** A planner corrects one value, with a required note; it becomes a new version in the value's history. */
export function ValueCorrection({ unit, vintage, indicator, years }: Props) {
  const { text, language } = useText()
  const [year, setYear] = useState(years.at(-1) ?? 2025)
  const [value, setValue] = useState('')
  const [note, setNote] = useState('')
  const [document, setDocument] = useState('')
  const save = useMutation({
    mutationFn: () =>
      api.correctValue({
        indicator: indicator.code,
        unit,
        vintage,
        year,
        value: parsed(value, indicator.valueType),
        note,
        ...(document.trim() ? { document: document.trim() } : {}),
      }),
    onSuccess: () => {
      setValue('')
      setNote('')
      return queryClient.invalidateQueries()
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate()
  }
  return (
    <form className="stacked-form correction" onSubmit={submit}>
      <strong>{text.history.correct}</strong>
      <div className="inline-form">
        <label>
          {text.history.year}{' '}
          <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {years.map((item) => (
              <option key={item} value={item}>
                {item}
              </option>
            ))}
          </select>
        </label>
        {indicator.valueType === 'number' ? (
          <label>
            {text.history.value}{' '}
            <input
              type="text"
              inputMode="decimal"
              required
              size={8}
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
            <span className="muted"> {text.units[indicator.unit] ?? ''}</span>
          </label>
        ) : (
          <label>
            {text.history.value}{' '}
            <select required value={value} onChange={(event) => setValue(event.target.value)}>
              <option value="">{text.history.choose}</option>
              {(indicator.valueType === 'flag' ? ['true', 'false'] : statuses).map((option) => (
                <option key={option} value={option}>
                  {formatValue(parsed(option, indicator.valueType), indicator.unit, language)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label>
        {text.history.reason}
        <input
          type="text"
          required
          minLength={3}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <label>
        {text.history.document}
        <input
          type="text"
          maxLength={500}
          value={document}
          placeholder={text.imports.documentPlaceholder}
          onChange={(event) => setDocument(event.target.value)}
        />
      </label>
      <button type="submit" disabled={save.isPending}>
        {text.history.save}
      </button>
      {save.isSuccess && (
        <p className="notice" role="status">
          {text.history.saved}
        </p>
      )}
      {save.isError && (
        <p className="form-error" role="alert">
          {errorText(save.error, language)}
        </p>
      )}
    </form>
  )
}
