import { useEffect, useRef } from 'react'
import { inputWords } from '../allocation'
import type { Allocation } from '../api'
import { formatNumber, formatPercent } from '../format'
import { useText } from '../i18n/text'
import { ProvenanceBadge } from './provenance-badge'

type Props = { answer: Allocation; chosen: string | null; onChoose: (code: string | null) => void }

/** Every commune's class, villages, score, share and amount, and where each input came from. */
export function AllocationTable({ answer, chosen, onChoose }: Props) {
  const { text, language } = useText()
  const names = Object.fromEntries(
    Object.entries(answer.words.criterionNames).map(([code, name]) => [code, name[language]]),
  )
  const chosenRow = useRef<HTMLTableRowElement>(null)
  useEffect(() => {
    if (chosen) chosenRow.current?.scrollIntoView({ block: 'nearest' })
  }, [chosen])
  const number = (value: number, digits = 0) => formatNumber(value, language, digits)
  return (
    <div className="wide allocation-table-box">
      <table className="data-table allocation-table">
        <thead>
          <tr>
            <th scope="col">{text.allocation.commune}</th>
            <th scope="col">{text.allocation.class}</th>
            <th scope="col">{text.allocation.villagesShort}</th>
            <th scope="col">{text.allocation.score}</th>
            <th scope="col">{text.allocation.share}</th>
            <th scope="col">{text.allocation.amount}</th>
            <th scope="col">{text.allocation.inputs}</th>
          </tr>
        </thead>
        <tbody>
          {answer.items.map((item) => (
            <tr
              key={item.code}
              ref={item.code === chosen ? chosenRow : undefined}
              className={item.code === chosen ? 'chosen' : undefined}
              onClick={() => onChoose(item.code === chosen ? null : item.code)}
            >
              <th scope="row">
                {item.name} <span className="muted">{item.code}</span>
              </th>
              <td>{answer.words.classes[item.class][language]}</td>
              <td className="number">{number(item.villages)}</td>
              <td className="number">{number(item.score, 4)}</td>
              <td className="number">{formatPercent(item.share * 100, language, 3)}</td>
              <td className="number">{number(item.amount)}</td>
              <td className="allocation-inputs">
                {item.sample && <ProvenanceBadge provenance="sample" />} {inputWords(item, text, names)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{text.allocation.totalRow}</th>
            <td />
            <td className="number">{number(answer.totals.villages)}</td>
            <td className="number">{number(answer.totals.score, 4)}</td>
            <td className="number">{formatPercent(100, language)}</td>
            <td className="number">{number(answer.totals.amount)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
