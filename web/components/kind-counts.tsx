import type { ImportCounts } from '../api'
import { useText } from '../i18n/text'
import { changeKinds } from '../import-review'

type Row = ImportCounts & { key: string; label: string; code?: string }

/** Counts of changed, new and unchanged values, one row per indicator or per commune. */
export function KindCounts({
  caption,
  rows,
  onChoose,
}: {
  caption: string
  rows: Row[]
  onChoose?: (code: string) => void
}) {
  const { text } = useText()
  return (
    <table className="data-table import-counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" />
          {changeKinds.map((kind) => (
            <th key={kind} scope="col" className="number">
              {text.imports.kinds[kind]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {onChoose && row.code ? (
                <button type="button" className="link" onClick={() => onChoose(row.code!)}>
                  {row.label}
                </button>
              ) : (
                row.label
              )}
            </th>
            {changeKinds.map((kind) => (
              <td key={kind} className="number">
                {row[kind]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
