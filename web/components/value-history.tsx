import { useMemo } from 'react'
import type { Indicator } from '../api'
import { useText } from '../i18n/text'
import { correctionYears } from '../import-review'
import { useValueHistory } from '../queries'
import { ValueCorrection } from './value-correction'
import { ValueVersions } from './value-versions'

type CatalogueEntry = Pick<Indicator, 'code' | 'nameVi' | 'nameEn' | 'unit' | 'valueType'>

/** The history of one value (one indicator on one commune, every year) and the form to correct it. */
export function IndicatorHistory({
  unit,
  vintage,
  indicator,
}: {
  unit: string
  vintage: string
  indicator: CatalogueEntry
}) {
  const { text } = useText()
  const history = useValueHistory(unit, vintage, indicator.code, true)
  const catalogue = useMemo(() => new Map([[indicator.code, indicator]]), [indicator])
  return (
    <div className="indicator-history">
      <strong>{text.history.heading}</strong>
      {history.data && <ValueVersions versions={history.data} indicators={catalogue} />}
      <ValueCorrection unit={unit} vintage={vintage} indicator={indicator} years={correctionYears(vintage)} />
    </div>
  )
}

/** Every version recorded on one commune, newest first; asked for only when opened. */
export function CommuneHistory({
  unit,
  vintage,
  indicators,
}: {
  unit: string
  vintage: string
  indicators: CatalogueEntry[]
}) {
  const { text } = useText()
  const history = useValueHistory(unit, vintage, '', true)
  const catalogue = useMemo(() => new Map(indicators.map((item) => [item.code, item])), [indicators])
  return history.data ? (
    <ValueVersions versions={history.data} indicators={catalogue} withIndicator pageSize={40} />
  ) : (
    <p className="muted">{text.loading}</p>
  )
}
