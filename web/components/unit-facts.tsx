import type { UnitDetail } from '../api'
import { formatValue } from '../format'
import { useText } from '../i18n/text'
import { formerUnitsText } from '../unit-values'
import { ProvenanceBadge } from './provenance-badge'

/** Who a unit is: its type and code, its latest population, its area, what it was formed from (the panel and the profile). */
export function UnitFacts({ detail }: { detail: UnitDetail }) {
  const { text, language } = useText()
  const population = detail.indicators.find((indicator) => indicator.code === 'population')?.latest
  const people = population?.valueNumber ?? null
  const formerUnits = formerUnitsText(detail, text.detail.share, (value) => formatValue(value, 'percent', language))
  const type = language === 'vi' ? detail.unit.type : (text.unitTypes[detail.unit.type] ?? detail.unit.type)
  return (
    <dl className="facts">
      <dt>{text.detail.type}</dt>
      <dd>
        {type} · {detail.unit.code}
      </dd>
      {people !== null && population && (
        <>
          <dt>{text.detail.population}</dt>
          <dd>
            {formatValue(people, 'persons', language)} ({population.year}){' '}
            <ProvenanceBadge provenance={population.provenance} />
          </dd>
        </>
      )}
      {detail.unit.areaKm2 !== null && (
        <>
          <dt>{text.detail.area}</dt>
          <dd>{formatValue(detail.unit.areaKm2, 'km2', language)}</dd>
        </>
      )}
      {formerUnits && (
        <>
          <dt>{text.detail.formerUnits}</dt>
          <dd>{formerUnits}</dd>
        </>
      )}
    </dl>
  )
}
