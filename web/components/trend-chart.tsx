import { formatValue, type Language } from '../format'

export type TrendPoint = { year: number; value: number | null; provenance: string | null }

type Props = {
  points: TrendPoint[]
  unit: string
  target: { year: number; threshold: number } | null
  /** The straight line a status was decided on: from the first figure to where it stands in the target year. */
  trend?: { from: { year: number; value: number }; to: { year: number; value: number } } | null
  language: Language
  label: string
}

const width = 220
const height = 64
const padding = { left: 6, right: 6, top: 8, bottom: 16 }
const firstYear = 2021

/**
 * A small SVG line of the values from 2021 with the target as a dashed line, and the trend a status
 * was decided on as a dotted line to the target year; sample points are hollow.
 */
export function TrendChart({ points, unit, target, trend, language, label }: Props) {
  const known = points.filter((point): point is TrendPoint & { value: number } => point.value !== null)
  if (known.length === 0) return null
  // 2021–2026, or on to the target year when a trend line is drawn to it.
  const lastYear = Math.max(2026, trend?.to.year ?? 0)
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index)
  const values = [
    ...known.map((point) => point.value),
    ...(target ? [target.threshold] : []),
    ...(trend ? [trend.to.value] : []),
  ]
  const low = Math.min(...values)
  const high = Math.max(...values)
  const span = high - low || 1
  const x = (year: number) =>
    padding.left + ((year - years[0]!) / (years.length - 1)) * (width - padding.left - padding.right)
  const y = (value: number) => padding.top + (1 - (value - low) / span) * (height - padding.top - padding.bottom)
  const path = known
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${x(point.year).toFixed(1)},${y(point.value).toFixed(1)}`)
    .join(' ')
  const description = known.map((point) => `${point.year}: ${formatValue(point.value, unit, language)}`).join('; ')
  return (
    <svg className="trend" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label}: ${description}`}>
      {target && (
        <line
          x1={padding.left}
          x2={width - padding.right}
          y1={y(target.threshold)}
          y2={y(target.threshold)}
          className="trend-target"
        />
      )}
      {trend && (
        <line
          x1={x(trend.from.year)}
          y1={y(trend.from.value)}
          x2={x(trend.to.year)}
          y2={y(trend.to.value)}
          className="trend-projection"
        />
      )}
      <path d={path} className="trend-line" />
      {known.map((point) => (
        <circle
          key={point.year}
          cx={x(point.year)}
          cy={y(point.value)}
          r={2.8}
          className={point.provenance === 'sample' ? 'trend-point sample' : 'trend-point'}
        >
          <title>{`${point.year}: ${formatValue(point.value, unit, language)}`}</title>
        </circle>
      ))}
      {years.map((year) => (
        <text key={year} x={x(year)} y={height - 3} className="trend-year">
          {String(year).slice(2)}
        </text>
      ))}
    </svg>
  )
}
