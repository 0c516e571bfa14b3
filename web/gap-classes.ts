import type { CommuneValue, Indicator, IndicatorLayer } from './api'
import type { LegendClass } from './choropleth'

// The gap map: how far each commune is from the plan's next commune target, in the indicator's
// own unit, coloured on a diverging scale whose blue end is "target met". ColorBrewer RdYlBu (5).
export const gapPalette = ['#d7191c', '#fdae61', '#ffffbf', '#abd9e9', '#2c7bb6'] as const

export type GapLabel = 'far' | 'below' | 'near' | 'met' | 'beyond'
const labels: GapLabel[] = ['far', 'below', 'near', 'met', 'beyond']

/**
 * Classes by shortfall (how much is missing to the threshold, positive = not met): more than twice
 * the margin, between one and two margins, up to one margin, met, met with a margin to spare. The
 * margin is the server's near margin of the target (10 points for percentages).
 */
export function gapClasses(
  rows: CommuneValue[],
  indicator: Pick<Indicator, 'better'>,
  target: NonNullable<IndicatorLayer['target']>,
): { classes: LegendClass[]; margin: number } | null {
  const checks = rows.map((row) => ({ row, check: row.targets.find((item) => item.year === target.year) }))
  if (checks.every(({ check }) => !check)) return null
  const margin = Math.max(target.margin, 1e-9)
  const classOf = (check: CommuneValue['targets'][number] | undefined) => {
    if (!check) return null
    const shortfall = indicator.better === 'higher' ? -check.gap : check.gap
    if (check.met) return shortfall <= -margin ? 4 : 3
    return shortfall > 2 * margin ? 0 : shortfall > margin ? 1 : 2
  }
  const classes = labels.map((label, index) => ({
    key: `gap-${label}`,
    label,
    colour: gapPalette[index]!,
    codes: checks.filter(({ check }) => classOf(check) === index).map(({ row }) => row.code),
  }))
  return { classes: classes as unknown as LegendClass[], margin }
}
