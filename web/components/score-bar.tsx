import { formatNumber } from '../format'
import { useRoleText } from '../i18n/role-text'
import { useText } from '../i18n/text'

type Contribution = { name: string; points: number; colour: string }

/**
 * A commune's score and the points each weighted indicator gives it: the stacked bar, and under it
 * the same numbers written out in the bar's colours (issue 10 §5: the bars had no numbers).
 */
export function ScoreBar({ score, contributions }: { score: number; contributions: Contribution[] }) {
  const { language } = useText()
  const words = useRoleText()
  const points = (value: number) => formatNumber(value, language, 1)
  return (
    <div className="score">
      <div className="score-line">
        <span className="number">{points(score)}</span>
        <span className="bar" aria-hidden="true">
          {contributions.map((item) => (
            <span key={item.name} style={{ width: `${item.points.toFixed(1)}%`, backgroundColor: item.colour }} />
          ))}
        </span>
      </div>
      <ul className="contributions">
        {contributions.map((item) => (
          <li key={item.name} title={words.ranking.contribution(item.name, points(item.points))}>
            <span className="swatch" style={{ backgroundColor: item.colour }} aria-hidden="true" />
            <span className="visually-hidden">{item.name}: </span>
            {points(item.points)}
          </li>
        ))}
      </ul>
    </div>
  )
}
