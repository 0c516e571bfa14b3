import { useMutation } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { api, type ImportPreview, type Indicator } from '../api'
import { formatMoment, formatNumber } from '../format'
import { errorText } from '../i18n/error-text'
import { indicatorName, useText } from '../i18n/text'
import type { Label } from '../layers/places'
import { queryClient, useImportHistory } from '../queries'
import { ImportChanges } from './import-changes'
import { ImportChangesMap } from './import-changes-map'
import { KindCounts } from './kind-counts'
import { ValueVersions } from './value-versions'

type Props = {
  preview: ImportPreview
  indicators: Indicator[]
  labels: Label[]
  onClose: () => void
}

type Action = 'publish' | 'discard' | 'rollback'

/** One import under review: its file, what it changes (counts, map, every value), and publish, discard or roll back. */
export function ImportReview({ preview, indicators, labels, onClose }: Props) {
  const { text, language } = useText()
  const [commune, setCommune] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const byCode = useMemo(() => new Map(indicators.map((indicator) => [indicator.code, indicator])), [indicators])
  const done = preview.status === 'published' || preview.status === 'rolled_back'
  const history = useImportHistory(preview.id, done)
  const act = useMutation({
    mutationFn: async (action: Action) => {
      if (action === 'publish') return text.imports.published((await api.publishImport(preview.id)).versions)
      if (action === 'discard') return (await api.discardImport(preview.id)) && text.imports.discarded
      const result = await api.rollbackImport(preview.id)
      return text.imports.rolledBack(result.versions, result.skipped)
    },
    // Values, layers, rankings and the banner may all change: everything is asked again.
    onSuccess: (sentence) => {
      setMessage(sentence)
      return queryClient.invalidateQueries()
    },
    onError: (error) => setMessage(errorText(error, language)),
  })
  const run = (action: Action, question: string) => {
    if (window.confirm(question)) act.mutate(action)
  }
  const writes = preview.summary.new + preview.summary.changed
  const changes = commune ? preview.changes.filter((change) => change.code === commune) : preview.changes
  const chosenName = commune ? preview.changes.find((change) => change.code === commune)?.name : null
  return (
    <section className="import-review" aria-labelledby="import-title">
      <header className="review-header">
        <h2 id="import-title">
          #{preview.id} {preview.fileName}{' '}
          <span className={`status status-${preview.status}`}>{text.imports.status[preview.status]}</span>
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={text.imports.close}>
          ×
        </button>
      </header>
      <dl className="facts">
        <dt>{text.imports.uploadedBy}</dt>
        <dd>
          {preview.uploadedBy}, {formatMoment(preview.uploadedAt, language)}
        </dd>
        {preview.publishedAt && (
          <>
            <dt>{text.imports.status.published}</dt>
            <dd>
              {preview.publishedBy}, {formatMoment(preview.publishedAt, language)}
            </dd>
          </>
        )}
        {preview.discardedAt && (
          <>
            <dt>{text.imports.status.discarded}</dt>
            <dd>
              {preview.discardedBy}, {formatMoment(preview.discardedAt, language)}
            </dd>
          </>
        )}
        {preview.rolledBackAt && (
          <>
            <dt>{text.imports.status.rolled_back}</dt>
            <dd>
              {preview.rolledBackBy}, {formatMoment(preview.rolledBackAt, language)}
            </dd>
          </>
        )}
        <dt>{text.imports.facts}</dt>
        <dd>
          {preview.format.toUpperCase()} · {text.imports.layouts[preview.layout]} · {text.imports.encoding}{' '}
          {preview.encoding} · {formatNumber(preview.sizeBytes / 1024, language)} KB
        </dd>
        <dt>{text.imports.checksum}</dt>
        <dd className="checksum">{preview.checksum}</dd>
        {preview.document && (
          <>
            <dt>{text.imports.sourceDocument}</dt>
            <dd>{preview.document}</dd>
          </>
        )}
      </dl>
      <h3>{preview.status === 'draft' ? text.imports.summaryHeading : text.imports.summaryDone}</h3>
      <p className="import-summary">
        {text.imports.counts(preview.summary.changed, preview.summary.new, preview.summary.unchanged)}
      </p>
      <div className="buttons">
        {preview.status === 'draft' && (
          <>
            <button
              type="button"
              className="primary"
              disabled={act.isPending}
              onClick={() => run('publish', text.imports.confirmPublish(writes))}
            >
              {text.imports.publish}
            </button>
            <button type="button" disabled={act.isPending} onClick={() => run('discard', text.imports.confirmDiscard)}>
              {text.imports.discard}
            </button>
          </>
        )}
        {preview.status === 'published' && (
          <button type="button" disabled={act.isPending} onClick={() => run('rollback', text.imports.confirmRollback)}>
            {text.imports.rollback}
          </button>
        )}
      </div>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <div className="review-grid">
        <ImportChangesMap changes={preview.changes} labels={labels} chosen={commune} onChoose={setCommune} />
        <div>
          <KindCounts
            caption={text.imports.byIndicator}
            rows={preview.byIndicator.map((row) => {
              const indicator = byCode.get(row.indicator)
              return {
                ...row,
                key: row.indicator,
                label: indicator ? indicatorName(indicator, language) : row.indicator,
              }
            })}
          />
          <KindCounts
            caption={text.imports.byUnit}
            rows={preview.byUnit.map((row) => ({
              ...row,
              key: `${row.vintage}:${row.code}`,
              label: `${row.name} (${row.code}${row.vintage === '2025' ? '' : `, ${row.vintage}`})`,
            }))}
            onChoose={setCommune}
          />
        </div>
      </div>
      {commune && (
        <p>
          <strong>{chosenName}</strong>{' '}
          <button type="button" className="link" onClick={() => setCommune(null)}>
            ({text.imports.close})
          </button>
        </p>
      )}
      <ImportChanges key={commune ?? 'all'} changes={changes} indicators={byCode} />
      {done && (
        <section>
          <h3>{text.imports.history}</h3>
          {history.data && <ValueVersions versions={history.data} indicators={byCode} withUnit withIndicator />}
        </section>
      )}
    </section>
  )
}
