import { useState } from 'react'
import type { Indicator, ValueVersion } from '../api'
import { formatMoment, formatValue } from '../format'
import { indicatorName, useText } from '../i18n/text'
import { ProvenanceBadge } from './provenance-badge'

type Version = ValueVersion & { code?: string; vintage?: string }

type Props = {
  versions: Version[]
  indicators: Map<string, Pick<Indicator, 'code' | 'nameVi' | 'nameEn' | 'unit'>>
  /** Show the commune code (the history of an import spans communes). */
  withUnit?: boolean
  /** Show the indicator (the history of a commune spans indicators). */
  withIndicator?: boolean
  onImport?: (id: number) => void
  /** Long histories are shown this many at a time. */
  pageSize?: number
}

/** Versions of values, newest first: the value, its provenance and source, who recorded it, when, why, and whether it is current. */
export function ValueVersions({ versions, indicators, withUnit, withIndicator, onImport, pageSize = 200 }: Props) {
  const { text, language } = useText()
  const [limit, setLimit] = useState(pageSize)
  if (versions.length === 0) return <p className="muted">{text.history.empty}</p>
  return (
    <>
      <ol className="versions">
        {versions.slice(0, limit).map((version) => {
          const indicator = indicators.get(version.indicator)
          const state = version.withdrawn
            ? text.history.withdrawn
            : version.supersededBy === null
              ? text.history.current
              : text.history.superseded
          return (
            <li key={version.id} className={version.supersededBy === null ? 'version current' : 'version'}>
              <div>
                {withUnit && version.code && <span className="muted">{version.code} · </span>}
                {withIndicator && indicator && <span>{indicatorName(indicator, language)} · </span>}
                <span className="muted">{version.year}: </span>
                <strong>
                  {version.withdrawn ? '—' : formatValue(version.value, indicator?.unit ?? 'count', language)}
                </strong>{' '}
                <ProvenanceBadge provenance={version.provenance} /> <span className="muted">({state})</span>
              </div>
              <div className="muted">
                {formatMoment(version.recordedAt, language)}
                {version.recordedBy && ` · ${text.history.by} ${version.recordedBy}`}
                {version.importId !== null &&
                  (onImport ? (
                    <>
                      {' · '}
                      <button type="button" className="link" onClick={() => onImport(version.importId!)}>
                        {text.history.fromImport(version.importId)}
                      </button>
                    </>
                  ) : (
                    ` · ${text.history.fromImport(version.importId)}`
                  ))}
              </div>
              {version.source && (
                <div className="muted">
                  {text.source}: {version.source}
                </div>
              )}
              {version.note && (
                <div>
                  {text.history.note}: {version.note}
                </div>
              )}
            </li>
          )
        })}
      </ol>
      {versions.length > limit && (
        <button type="button" onClick={() => setLimit((current) => current + pageSize)}>
          {text.imports.showMore(versions.length - limit)}
        </button>
      )}
    </>
  )
}
