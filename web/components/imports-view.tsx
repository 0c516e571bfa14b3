import type { Indicator } from '../api'
import { useText } from '../i18n/text'
import type { Label } from '../layers/places'
import { useImportBatch, useImports } from '../queries'
import { ImportBatches } from './import-batches'
import { ImportReview } from './import-review'
import { ImportTemplateForm } from './import-template-form'
import { ImportUpload } from './import-upload'
import { LoadError, Loading } from './load-state'

type Props = {
  may: boolean
  importId: number | null
  indicators: Indicator[]
  labels: Label[]
  onOpen: (id: number | null) => void
  onBack: () => void
}

/** The planner's import desk: template, upload and check, the list of imports, and the review of one. */
export function ImportsView({ may, importId, indicators, labels, onOpen, onBack }: Props) {
  const { text } = useText()
  const batches = useImports(may)
  const batch = useImportBatch(may ? importId : null)
  const importable = indicators.filter((item) => item.measuredAt !== 'province' && item.code !== 'population')
  return (
    <article className="page imports">
      <button type="button" className="link" onClick={onBack}>
        ← {text.views.map}
      </button>
      <h1>{text.imports.title}</h1>
      {!may ? (
        <p>{text.imports.signIn}</p>
      ) : (
        <>
          <p>{text.imports.intro}</p>
          {importId !== null && batch.isError && (
            <LoadError what="import" error={batch.error} onRetry={() => batch.refetch()} />
          )}
          {importId !== null && batch.isPending && <Loading />}
          {batch.data && (
            <ImportReview
              key={batch.data.id}
              preview={batch.data}
              indicators={indicators}
              labels={labels}
              onClose={() => onOpen(null)}
            />
          )}
          <ImportTemplateForm indicators={importable} />
          <ImportUpload onDraft={(preview) => onOpen(preview.id)} />
          <ImportBatches batches={batches.data} open={importId} onOpen={onOpen} />
        </>
      )}
    </article>
  )
}
