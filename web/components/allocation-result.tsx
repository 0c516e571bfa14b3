import { useMemo } from 'react'
import { amountChoropleth, amountLegend } from '../allocation'
import type { Allocation } from '../api'
import { formatNumber } from '../format'
import { useText } from '../i18n/text'
import type { Label } from '../layers/places'
import { AllocationMap } from './allocation-map'
import { AllocationTable } from './allocation-table'

type Props = {
  answer: Allocation
  labels: Label[]
  chosen: string | null
  onChoose: (code: string | null) => void
}

/** The server's warnings (sample data first), the amounts on the map and in the table, and what a coefficient moves. */
export function AllocationResult({ answer, labels, chosen, onChoose }: Props) {
  const { text, language } = useText()
  const choropleth = useMemo(() => amountChoropleth(answer.items), [answer.items])
  return (
    <section className="allocation-result">
      {answer.warnings.map((warning) => (
        <p key={warning.en} className="notice warning" role="alert">
          {warning[language]}
        </p>
      ))}
      <AllocationMap
        heading={`${text.allocation.mapHeading} (${text.allocation.unit})`}
        choropleth={choropleth}
        legend={amountLegend(choropleth, language)}
        labels={labels}
        chosen={chosen}
        onChoose={onChoose}
      />
      <AllocationTable answer={answer} chosen={chosen} onChoose={onChoose} />
      <Sensitivity answer={answer} />
    </section>
  )
}

/** What each coefficient raised by a tenth moves (the server's sensitivity), in words. */
function Sensitivity({ answer }: { answer: Allocation }) {
  const { text, language } = useText()
  const nameOf = (parameter: string) =>
    parameter === 'village'
      ? text.allocation.villageCoefficient
      : ((answer.words.classes as Record<string, { vi: string; en: string }>)[parameter] ??
          (answer.words.criterionNames as Record<string, { vi: string; en: string }>)[parameter])![language]
  const number = (value: number) => formatNumber(value, language, 2)
  return (
    <section className="allocation-sensitivity">
      <h3>{text.allocation.sensitivity}</h3>
      <p className="muted">{text.allocation.sensitivityNote}</p>
      <ul>
        {answer.sensitivity.map((nudge) => (
          <li key={nudge.parameter}>
            {text.allocation.moved(nameOf(nudge.parameter), number(nudge.from), number(nudge.to), nudge.moved)}
            {nudge.gains && <>; {text.allocation.gains(nudge.gains.name, nudge.gains.change)}</>}
            {nudge.loses && <>; {text.allocation.loses(nudge.loses.name, -nudge.loses.change)}</>}
          </li>
        ))}
      </ul>
    </section>
  )
}
