import { useState } from 'react'
import type { ImportChange, ImportValue, Indicator } from '../api'
import { formatValue } from '../format'
import { indicatorName, useText } from '../i18n/text'
import { type ChangeKind, changeKinds, changesOfKinds } from '../import-review'
import { ProvenanceBadge } from './provenance-badge'

const page = 200

type Props = { changes: ImportChange[]; indicators: Map<string, Indicator> }

/** Every value of the batch, old → new, filtered by kind; long files are shown a page at a time. */
export function ImportChanges({ changes, indicators }: Props) {
  const { text, language } = useText()
  const [shown, setShown] = useState<ChangeKind[]>(['changed', 'new'])
  const [limit, setLimit] = useState(page)
  const listed = changesOfKinds({ changes }, shown)
  const value = (change: ImportChange, raw: ImportValue) =>
    formatValue(raw, indicators.get(change.indicator)?.unit ?? 'count', language)
  return (
    <section>
      <h3>{text.imports.changes}</h3>
      <fieldset className="inline-form kinds">
        <legend>{text.imports.showKinds}</legend>
        {changeKinds.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={shown.includes(kind)}
              onChange={() =>
                setShown((current) =>
                  current.includes(kind) ? current.filter((item) => item !== kind) : [...current, kind],
                )
              }
            />
            <span className={`kind kind-${kind}`}>{text.imports.kinds[kind]}</span>
          </label>
        ))}
      </fieldset>
      <table className="data-table import-changes">
        <thead>
          <tr>
            <th scope="col">{text.imports.row}</th>
            <th scope="col">{text.table.commune}</th>
            <th scope="col">{text.imports.indicator}</th>
            <th scope="col">{text.imports.year}</th>
            <th scope="col">{text.imports.before}</th>
            <th scope="col">{text.imports.after}</th>
            <th scope="col">{text.imports.sourceDocument}</th>
          </tr>
        </thead>
        <tbody>
          {listed.slice(0, limit).map((change) => {
            const indicator = indicators.get(change.indicator)
            return (
              <tr key={`${change.sheet}-${change.row}-${change.indicator}`} className={`kind-row-${change.kind}`}>
                <td>
                  {change.sheet ? `${change.sheet}:` : ''}
                  {change.row}
                </td>
                <th scope="row">
                  {change.name} <span className="muted">({change.code})</span>
                </th>
                <td>{indicator ? indicatorName(indicator, language) : change.indicator}</td>
                <td>{change.year}</td>
                <td>
                  {change.before ? (
                    <>
                      {value(change, change.before.value)} <ProvenanceBadge provenance={provenanceOf(change.before)} />
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <strong>{value(change, change.after)}</strong>
                  {change.kind !== 'unchanged' && (
                    <span className={`kind kind-${change.kind}`}> {text.imports.kinds[change.kind]}</span>
                  )}
                </td>
                <td className="muted">{change.document}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {listed.length > limit && (
        <button type="button" onClick={() => setLimit((current) => current + page)}>
          {text.imports.showMore(listed.length - limit)}
        </button>
      )}
    </section>
  )
}

const provenances = ['official', 'sample', 'imported'] as const
const provenanceOf = (before: NonNullable<ImportChange['before']>) =>
  provenances.find((item) => item === before.provenance) ?? null
