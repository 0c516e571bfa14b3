import type { CommuneValue, Indicator, IndicatorLayer } from './api'
import { type Classification, classify, equalIntervalBreaks, jenksBreaks, quantileBreaks } from './classify'
import { type GapLabel, gapClasses } from './gap-classes'
import { flagColours, noDataColour, regionColours, sequentialPalette, targetPalette } from './palette'

// From one indicator layer (a value per commune) to what both the map and the legend show: the
// classes with their colours, ranges and communes, and a colour per commune. Pure.

export type ValueKind = 'numeric' | 'target' | 'gap' | 'category' | 'flag'
/** The classifications the map offers: the break methods of classify.ts, target classes, and the gap map. */
export type MapClassification = Classification | 'gap'

export type LegendClass = {
  key: string
  colour: string
  codes: string[]
  /** numeric classes: the range; target classes: below / near / met; categories: the value. */
  lower?: number
  upper?: number
  label?: 'below' | 'near' | 'met' | 'I' | 'II' | 'III' | 'none' | 'yes' | 'no' | GapLabel
}

/** The target the legend names: the server's words for it; a threshold only when it is the same for every commune. */
export type TargetLine = {
  year: number
  threshold: number | null
  words: { vi: string; en: string }
  perCommune: boolean
}
type LayerTarget = NonNullable<IndicatorLayer['target']>

export type Choropleth = {
  kind: ValueKind
  classification: MapClassification | null
  /** The gap map's margin, in the indicator's unit. */
  margin?: number
  classes: LegendClass[]
  noData: string[]
  colours: Map<string, string>
  breaks: number[] | null
  /** The unit of the values shown: a share of former units (%) when a yes/no or status is carried. */
  unit: string
  target: TargetLine | null
  /** Why target classes could not be used, when they were asked for. */
  fallback: 'no-commune-target' | null
}

export const classCount = 5
const regions = ['III', 'II', 'I', 'none'] as const

const numberOf = (row: CommuneValue) => row.valueNumber
const hasValue = (row: CommuneValue) => row.valueNumber !== null || row.valueCategory !== null || row.valueFlag !== null

/** The sensible default: target classes where the plan sets a commune target, else quantiles. */
export function defaultClassification(indicator: Indicator): MapClassification {
  return indicator.valueType === 'number' && indicator.targets.some((target) => target.scope === 'commune')
    ? 'target'
    : 'quantile'
}

export function shownUnit(indicator: Indicator, layer: IndicatorLayer): string {
  const carriedShare = layer.rule !== null && indicator.valueType !== 'number'
  return carriedShare ? 'percent' : indicator.unit
}

export function breaksFor(values: number[], classification: Classification): number[] {
  if (classification === 'jenks') return jenksBreaks(values, classCount)
  if (classification === 'equal') return equalIntervalBreaks(values, classCount)
  return quantileBreaks(values, classCount)
}

function categorical(rows: CommuneValue[]): Pick<Choropleth, 'kind' | 'classes'> {
  if (rows.some((row) => row.valueCategory !== null)) {
    const classes = regions.map((region) => ({
      key: region,
      label: region,
      colour: regionColours[region],
      codes: rows.filter((row) => row.valueCategory === region).map((row) => row.code),
    }))
    return { kind: 'category', classes: classes.filter((item) => item.codes.length > 0 || item.key !== 'none') }
  }
  return {
    kind: 'flag',
    classes: (['no', 'yes'] as const).map((answer) => ({
      key: answer,
      label: answer,
      colour: flagColours[answer],
      codes: rows.filter((row) => row.valueFlag === (answer === 'yes')).map((row) => row.code),
    })),
  }
}

const targetLine = (target: LayerTarget): TargetLine => ({
  year: target.year,
  threshold: target.threshold,
  words: target.words,
  perCommune: target.perCommune,
})

/** Below / near / met the layer's target, as the server judged each commune (its `standing`). */
function targetClasses(rows: CommuneValue[], target: LayerTarget | null) {
  const checks = rows.map((row) => ({ row, check: row.targets.find((item) => item.year === target?.year) }))
  if (!target || checks.every(({ check }) => !check)) return null
  const labels = ['below', 'near', 'met'] as const
  const classes: LegendClass[] = labels.map((label, index) => ({
    key: label,
    label,
    colour: targetPalette[index]!,
    codes: checks.filter(({ check }) => check?.standing === label).map(({ row }) => row.code),
  }))
  return { classes, line: targetLine(target) }
}

export function buildChoropleth(input: {
  layer: IndicatorLayer
  indicator: Indicator
  classification: MapClassification
  heldBreaks?: number[] | null
}): Choropleth {
  const { layer, indicator } = input
  const rows = layer.communes ?? []
  const unit = shownUnit(indicator, layer)
  const noData = rows.filter((row) => !hasValue(row)).map((row) => row.code)
  const colour = (classes: LegendClass[]) =>
    new Map(classes.flatMap((item) => item.codes.map((code) => [code, item.colour] as const)))
  const base = { noData, unit, target: null, fallback: null, breaks: null }

  if (rows.some((row) => row.valueCategory !== null || row.valueFlag !== null)) {
    const { kind, classes } = categorical(rows)
    return { ...base, kind, classification: null, classes, colours: colour(classes) }
  }
  const target = layer.target
  if (input.classification === 'gap') {
    const gap = target ? gapClasses(rows, indicator, target) : null
    if (gap && target) {
      const line = targetLine(target)
      return {
        ...base,
        kind: 'gap',
        classification: 'gap',
        classes: gap.classes,
        colours: colour(gap.classes),
        target: line,
        margin: gap.margin,
      }
    }
  }
  const wantsTarget = input.classification === 'target' || input.classification === 'gap'
  const targeted = wantsTarget ? targetClasses(rows, target) : null
  if (targeted) {
    return {
      ...base,
      kind: 'target',
      classification: 'target',
      classes: targeted.classes,
      colours: colour(targeted.classes),
      target: targeted.line,
    }
  }
  const method: Classification = wantsTarget ? 'quantile' : (input.classification as Classification)
  const values = rows.map(numberOf).filter((value): value is number => value !== null)
  const breaks = input.heldBreaks ?? breaksFor(values, method)
  const result = classify(rows.map(numberOf), method === 'target' ? 'quantile' : method, classCount, { breaks })
  const palette = sequentialPalette(Math.max(1, result.breaks.length - 1), indicator.better)
  const classes: LegendClass[] = result.breaks.slice(0, -1).map((lower, index) => ({
    key: `class-${index}`,
    colour: palette[index] ?? noDataColour,
    lower,
    upper: result.breaks[index + 1]!,
    codes: rows
      .filter((row) => row.valueNumber !== null && result.classOf(row.valueNumber) === index)
      .map((row) => row.code),
  }))
  return {
    ...base,
    kind: 'numeric',
    classification: method,
    classes,
    colours: colour(classes),
    breaks: result.breaks,
    target: target && indicator.valueType === 'number' ? targetLine(target) : null,
    fallback: wantsTarget ? 'no-commune-target' : null,
  }
}
