import type { ImportBatch } from '../api'
import { formatMoment } from '../format'
import { useText } from '../i18n/text'

type Props = { batches: ImportBatch[] | undefined; open: number | null; onOpen: (id: number) => void }

/** Every import, newest first, with its status and what it changes; a row opens its review. */
export function ImportBatches({ batches, open, onOpen }: Props) {
  const { text, language } = useText()
  return (
    <section className="import-step">
      <h2>{text.imports.batches}</h2>
      {batches && batches.length === 0 && <p className="muted">{text.imports.noBatches}</p>}
      {batches && batches.length > 0 && (
        <table className="data-table import-batches">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{text.imports.fileName}</th>
              <th scope="col">{text.imports.uploadedBy}</th>
              <th scope="col">{text.imports.uploadedAt}</th>
              <th scope="col">{text.imports.statusLabel}</th>
              <th scope="col">{text.imports.summaryHeading}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {batches.map((batch) => (
              <tr key={batch.id} className={batch.id === open ? 'chosen' : undefined}>
                <td>{batch.id}</td>
                <th scope="row">{batch.fileName}</th>
                <td>{batch.uploadedBy}</td>
                <td>{formatMoment(batch.uploadedAt, language)}</td>
                <td>
                  <span className={`status status-${batch.status}`}>{text.imports.status[batch.status]}</span>
                </td>
                <td>
                  {text.imports.counts(
                    batch.summary?.changed ?? 0,
                    batch.summary?.new ?? 0,
                    batch.summary?.unchanged ?? 0,
                  )}
                </td>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(batch.id)}>
                    {text.imports.review}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
