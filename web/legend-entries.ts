import type { Choropleth, LegendClass } from './choropleth'
import { formatDifference, formatRange, formatValue, type Language } from './format'
import type { Text } from './i18n/text'
import { noDataColour } from './palette'

/** A legend class in words: a range, a status, yes/no, a target class or a gap class. */
export function classLabel(item: LegendClass, choropleth: Choropleth, text: Text, language: Language): string {
  if (choropleth.kind === 'gap' && choropleth.margin !== undefined) {
    const amount = (times: number) => formatDifference(choropleth.margin! * times, choropleth.unit, language)
    if (item.label === 'far') return text.gapClasses.far(amount(2))
    if (item.label === 'below') return text.gapClasses.below(amount(1), amount(2))
    if (item.label === 'near') return text.gapClasses.near(amount(1))
    if (item.label === 'beyond') return text.gapClasses.beyond(amount(1))
    return text.gapClasses.met
  }
  if (item.label === 'below' || item.label === 'near' || item.label === 'met') return text.targetClasses[item.label]
  if (item.label === 'yes' || item.label === 'no') return text.flags[item.label]
  if (item.label) return formatValue(item.label, 'status', language)
  return formatRange(
    item.lower ?? 0,
    item.upper ?? 0,
    choropleth.unit === 'score' ? 'count' : choropleth.unit,
    language,
  )
}

export type LegendEntry = { colour: string; label: string; count: number }

/** Every class, then no data: what the legend lists and the exported image draws. */
export function legendEntries(choropleth: Choropleth, text: Text, language: Language): LegendEntry[] {
  return [
    ...choropleth.classes.map((item) => ({
      colour: item.colour,
      label: classLabel(item, choropleth, text, language),
      count: item.codes.length,
    })),
    { colour: noDataColour, label: text.noData, count: choropleth.noData.length },
  ]
}
