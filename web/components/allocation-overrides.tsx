import { type AllocationForm, withFile, withOverride } from '../allocation'
import type { AllocationItem, AllocationOverride } from '../api'
import { formatValue } from '../format'
import { useText } from '../i18n/text'
import { OverrideFile } from './allocation-override-file'

type Props = {
  form: AllocationForm
  /** The communes as the last answer has them (with the overrides in place). */
  items: AllocationItem[]
  chosen: string | null
  onChoose: (code: string | null) => void
  onChange: (form: AllocationForm) => void
}

const regions = ['III', 'II', 'I', 'none'] as const
/** A commune's class inputs overridden by hand, and overrides read from a CSV or Excel file. */
export function AllocationOverrides({ form, items, chosen, onChoose, onChange }: Props) {
  const { text, language } = useText()
  const item = items.find((row) => row.code === chosen)
  const existing = form.overrides.find((override) => override.code === chosen)
  const set = (change: Partial<AllocationOverride>) =>
    chosen && onChange({ ...form, overrides: withOverride(form.overrides, { ...existing, code: chosen, ...change }) })
  const names = new Map(items.map((row) => [row.code, row.name]))
  const byName = [...items].sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  return (
    <section className="allocation-overrides">
      <h2>{text.allocation.overrides}</h2>
      <p className="muted">{text.allocation.overridesNote}</p>
      <label className="stacked-label">
        {text.allocation.commune}
        <select value={chosen ?? ''} onChange={(event) => onChoose(event.target.value || null)}>
          <option value="">{text.allocation.chooseCommune}</option>
          {byName.map((row) => (
            <option key={row.code} value={row.code}>
              {row.name} ({row.code})
            </option>
          ))}
        </select>
      </label>
      {item && (
        <div className="allocation-override-fields">
          <label>
            {text.allocation.region}
            <select
              value={existing?.region ?? item.region ?? ''}
              onChange={(event) => set({ region: event.target.value as (typeof regions)[number] })}
            >
              {item.region === null && existing?.region === undefined && (
                <option value="">{text.allocation.noRegion}</option>
              )}
              {regions.map((region) => (
                <option key={region} value={region}>
                  {formatValue(region, 'status', language)}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={existing?.safeZone ?? item.safeZone}
              onChange={(event) => set({ safeZone: event.target.checked })}
            />
            <span>{text.allocation.safeZone}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={existing?.border ?? item.border}
              onChange={(event) => set({ border: event.target.checked })}
            />
            <span>{text.allocation.border}</span>
          </label>
          <label>
            {text.allocation.villages}
            <input
              type="number"
              min={0}
              max={1000}
              step={1}
              value={existing?.villages ?? item.villages}
              onChange={(event) => set({ villages: Number(event.target.value) })}
            />
          </label>
          <label>
            {text.allocation.ethnicShare}
            <input
              type="number"
              min={0}
              max={100}
              step={0.01}
              value={existing?.ethnicMinorityShare ?? item.terms.ethnicMinorityShare?.value ?? ''}
              onChange={(event) =>
                set({ ethnicMinorityShare: event.target.value === '' ? undefined : Number(event.target.value) })
              }
            />
          </label>
        </div>
      )}
      {form.overrides.length === 0 ? (
        <p className="muted">{text.allocation.noOverrides}</p>
      ) : (
        <>
          <p>{text.allocation.overrideCount(form.overrides.length)}</p>
          <ul className="allocation-override-list">
            {form.overrides.map((override) => (
              <li key={override.code}>
                <button type="button" className="link" onClick={() => onChoose(override.code)}>
                  {names.get(override.code) ?? override.code}
                </button>{' '}
                <button
                  type="button"
                  onClick={() =>
                    onChange({ ...form, overrides: form.overrides.filter((item) => item.code !== override.code) })
                  }
                >
                  {text.allocation.remove}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => onChange({ ...form, overrides: [] })}>
            {text.allocation.clearOverrides}
          </button>
        </>
      )}
      <OverrideFile onRead={(overrides) => onChange({ ...form, overrides: withFile(form.overrides, overrides) })} />
    </section>
  )
}
