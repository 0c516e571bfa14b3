import { useText } from '../i18n/text'

type Props = { years: number[]; value: number | null; onChange: (year: number) => void }

/** The years with data as a row of radio buttons (arrow keys move between them). */
export function YearSelector({ years, value, onChange }: Props) {
  const { text } = useText()
  return (
    <fieldset className="field years">
      <legend>{text.year}</legend>
      <div className="year-buttons">
        {years.map((year) => (
          <label key={year} className={year === value ? 'chosen' : undefined}>
            <input type="radio" name="year" value={year} checked={year === value} onChange={() => onChange(year)} />
            <span>{year}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
