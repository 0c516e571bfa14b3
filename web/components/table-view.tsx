import { useState } from 'react'
import type { CommuneValue, Indicator, IndicatorLayer } from '../api'
import type { Choropleth } from '../choropleth'
import { formatDifference, formatValue } from '../format'
import { indicatorName, useText } from '../i18n/text'
import { ProvenanceBadge } from './provenance-badge'

type Props = { indicator: Indicator; layer: IndicatorLayer; choropleth: Choropleth; onSelect: (code: string) => void }
type Column = 'name' | 'value' | 'gap'

const shownValue = (row: CommuneValue) => row.valueNumber ?? row.valueCategory ?? row.valueFlag
const sortKey = (row: CommuneValue, column: Column, targetYear: number | undefined): string | number | null => {
  if (column === 'name') return row.name.replace(/^(Xã|Phường) /, '')
  if (column === 'gap') return row.targets.find((target) => target.year === targetYear)?.gap ?? null
  if (row.valueCategory) return ['none', 'I', 'II', 'III'].indexOf(row.valueCategory)
  return row.valueFlag === null ? row.valueNumber : Number(row.valueFlag)
}

/** What the map shows, as a sortable table: for screen-reader users and for people who prefer tables. */
export function TableView({ indicator, layer, choropleth, onSelect }: Props) {
  const { text, language } = useText()
  const [column, setColumn] = useState<Column>('value')
  const [ascending, setAscending] = useState(indicator.better === 'higher')
  // The target the server measured the year's values against (the plan's next commune target).
  const target = layer.target
  const rows = [...(layer.communes ?? [])].sort((a, b) => {
    const left = sortKey(a, column, target?.year)
    const right = sortKey(b, column, target?.year)
    if (left === null) return 1
    if (right === null) return -1
    const order = typeof left === 'string' ? left.localeCompare(String(right), 'vi') : left - Number(right)
    return ascending ? order : -order
  })
  const header = (key: Column, label: string) => (
    <th scope="col" aria-sort={column === key ? (ascending ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort"
        onClick={() => {
          setAscending(column === key ? !ascending : true)
          setColumn(key)
        }}
        aria-label={text.table.sortBy(label)}
      >
        {label} {column === key ? (ascending ? '▲' : '▼') : ''}
      </button>
    </th>
  )
  return (
    <div className="table-view">
      <table>
        <caption>{text.table.caption(indicatorName(indicator, language), layer.year)}</caption>
        <thead>
          <tr>
            {header('name', text.table.commune)}
            {header('value', `${text.table.value} (${text.units[choropleth.unit] ?? choropleth.unit})`)}
            {target && header('gap', text.table.target)}
            <th scope="col">{text.table.provenance}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const check = row.targets.find((item) => item.year === target?.year)
            return (
              <tr key={row.code}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(row.code)}>
                    {row.name}
                  </button>
                </th>
                <td className="number">
                  <span
                    className="swatch"
                    style={{ background: choropleth.colours.get(row.code) ?? 'transparent' }}
                    aria-hidden="true"
                  />
                  {formatValue(shownValue(row), choropleth.unit, language)}
                  {row.villages !== null && (
                    <span className="muted"> ({text.detail.villagesBasis(row.flagged ?? 0, row.villages)})</span>
                  )}
                </td>
                {target && (
                  <td>
                    {check
                      ? check.met
                        ? text.detail.met
                        : `${text.detail.notMet}${indicator.valueType === 'number' ? ` (${text.detail.gap} ${formatDifference(Math.abs(check.gap), indicator.unit, language)})` : ''}`
                      : '—'}
                    {check && target.perCommune && <div className="muted">{check.words[language]}</div>}
                  </td>
                )}
                <td>
                  <ProvenanceBadge provenance={row.provenance} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
