import { useMemo } from 'react'
import { differenceChoropleth, differenceLegend } from '../allocation'
import { useAllocationComparison } from '../allocation-queries'
import { formatNumber } from '../format'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'
import type { Label } from '../layers/places'
import { AllocationMap } from './allocation-map'
import { Loading } from './load-state'

type Props = {
  first: string
  second: string
  labels: Label[]
  chosen: string | null
  onChoose: (code: string | null) => void
  onClose: () => void
}

/** Two saved scenarios compared (the server's difference per commune): a difference map and a table. */
export function AllocationComparisonView({ first, second, labels, chosen, onChoose, onClose }: Props) {
  const { text, language } = useText()
  const comparison = useAllocationComparison(first, second)
  const difference = useMemo(() => (comparison.data ? differenceChoropleth(comparison.data) : null), [comparison.data])
  if (comparison.error)
    return (
      <p className="notice error" role="alert">
        {errorText(comparison.error, language)}
      </p>
    )
  if (!comparison.data || !difference) return <Loading />
  const { data } = comparison
  const number = (value: number) => formatNumber(value, language, 0)
  const signed = (value: number) => (value > 0 ? `+${number(value)}` : number(value))
  return (
    <section className="allocation-comparison">
      <h2>{text.allocation.comparison(data.first.name, data.second.name)}</h2>
      <button type="button" onClick={onClose}>
        {text.allocation.closeCompare}
      </button>
      <p>{text.allocation.changed(data.totals.changed, data.totals.difference)}</p>
      <AllocationMap
        heading={`${text.allocation.differenceMap} (${text.allocation.unit})`}
        choropleth={difference.map}
        legend={differenceLegend(difference.map, difference.half, text)}
        labels={labels}
        chosen={chosen}
        onChoose={onChoose}
      />
      <div className="wide allocation-table-box">
        <table className="data-table allocation-table">
          <thead>
            <tr>
              <th scope="col">{text.allocation.commune}</th>
              <th scope="col">
                {data.first.name} ({text.allocation.unit})
              </th>
              <th scope="col">
                {data.second.name} ({text.allocation.unit})
              </th>
              <th scope="col">{text.allocation.difference}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr
                key={row.code}
                className={row.code === chosen ? 'chosen' : undefined}
                onClick={() => onChoose(row.code === chosen ? null : row.code)}
              >
                <th scope="row">
                  {row.name} <span className="muted">{row.code}</span>
                </th>
                <td className="number">{number(row.first.amount)}</td>
                <td className="number">{row.second ? number(row.second.amount) : '—'}</td>
                <td className="number">{signed(row.difference)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{text.allocation.totalRow}</th>
              <td className="number">{number(data.first.total)}</td>
              <td className="number">{number(data.second.total)}</td>
              <td className="number">{signed(data.totals.difference)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}
