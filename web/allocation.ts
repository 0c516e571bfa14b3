import type {
  Allocation,
  AllocationComparison,
  AllocationDraft,
  AllocationItem,
  AllocationOverride,
  AllocationParameters,
  AllocationScenario,
  Normalise,
} from './api'
import type { Choropleth, LegendClass } from './choropleth'
import { classIndex, quantileBreaks } from './classify'
import { formatRange, type Language } from './format'
import type { Text } from './i18n/text'
import { amountPalette, differencePalette } from './palette'

// The allocation page's pure parts (issue 11 §2): the scenario being edited as plain data, the
// parameters the server takes from it, and the maps of its answer. The rule itself is the
// server's (server/allocation/): nothing here computes a score or an amount.

export type CoefficientName = keyof Allocation['coefficients']
export type CriterionCode = Allocation['criteria'][number]['code']

/** The scenario as the form holds it; coefficients only where the planner set one (else the server's defaults). */
export type AllocationForm = {
  name: string
  program: string
  total: number | null
  coefficients: Partial<Record<CoefficientName, number>>
  weights: Partial<Record<CriterionCode, number>>
  overrides: AllocationOverride[]
  /** The ranking a saved scenario's disadvantage criterion used (null: the current ranking's). */
  ranking: { weights: string; normalise: Normalise; year: number } | null
}

export const newForm: AllocationForm = {
  name: '',
  program: '',
  total: null,
  coefficients: {},
  weights: {},
  overrides: [],
  ranking: null,
}

/** What the preview and the scenario routes take; the disadvantage criterion names its ranking. */
/** The ranking the planner has on screen: its weights, method and year (the map's). */
export type CurrentRanking = { weights: string; normalise: Normalise; year: number }

export function parametersOf(form: AllocationForm, current: CurrentRanking): AllocationParameters {
  const criteria = Object.entries(form.weights)
    .filter(([, weight]) => weight !== undefined && weight > 0)
    .map(([code, weight]) => ({ code, weight: weight! }))
  const ranked = criteria.some((criterion) => criterion.code === 'disadvantage')
  return {
    total: form.total,
    ...(Object.keys(form.coefficients).length > 0 ? { coefficients: form.coefficients } : {}),
    criteria,
    ...(ranked ? { ranking: form.ranking ?? current } : {}),
    overrides: form.overrides,
  }
}

export const draftOf = (form: AllocationForm, current: CurrentRanking, copiedFrom?: string): AllocationDraft => ({
  name: form.name.trim(),
  program: form.program.trim(),
  ...parametersOf(form, current),
  ...(copiedFrom ? { copiedFrom } : {}),
})

/** A saved scenario back in the form, as it was saved. */
export function formOf(scenario: AllocationScenario): AllocationForm {
  const { parameters } = scenario
  return {
    name: scenario.name,
    program: scenario.program,
    total: parameters.total,
    coefficients: parameters.coefficients as AllocationForm['coefficients'],
    weights: Object.fromEntries(parameters.criteria.map((criterion) => [criterion.code, criterion.weight])),
    overrides: parameters.overrides as AllocationOverride[],
    ranking: parameters.ranking
      ? {
          year: parameters.ranking.year,
          weights: parameters.ranking.weights,
          normalise: parameters.ranking.normalise as Normalise,
        }
      : null,
  }
}

const overrideFields = ['region', 'safeZone', 'border', 'villages', 'ethnicMinorityShare'] as const

/** The overrides with one commune's replaced (or removed when it changes nothing). */
export function withOverride(overrides: AllocationOverride[], override: AllocationOverride): AllocationOverride[] {
  const others = overrides.filter((item) => item.code !== override.code)
  const changes = overrideFields.some((field) => override[field] !== undefined)
  return changes ? [...others, override].sort((a, b) => a.code.localeCompare(b.code)) : others
}

/** A file's overrides over the form's: a commune in the file takes the file's row. */
export const withFile = (overrides: AllocationOverride[], fromFile: AllocationOverride[]) =>
  fromFile.reduce(withOverride, overrides)

const colourOf = (palette: readonly string[], index: number, classes: number) =>
  palette[classes === 1 ? Math.floor(palette.length / 2) : Math.round((index * (palette.length - 1)) / (classes - 1))]!

/** The amounts in up to five equal-count classes, light to dark (classify.ts's quantile breaks). */
export function amountChoropleth(items: AllocationItem[]): Choropleth {
  const breaks = quantileBreaks(
    items.map((item) => item.amount),
    amountPalette.length,
  )
  const count = Math.max(1, breaks.length - 1)
  const classes: LegendClass[] = Array.from({ length: count }, (_, index) => ({
    key: `amount-${index}`,
    colour: colourOf(amountPalette, index, count),
    codes: items.filter((item) => classIndex(item.amount, breaks) === index).map((item) => item.code),
  }))
  const byCode = new Map(items.map((item) => [item.code, item.amount]))
  for (const item of classes) {
    const amounts = item.codes.map((code) => byCode.get(code)!)
    item.lower = Math.min(...amounts)
    item.upper = Math.max(...amounts)
  }
  return choropleth(classes, breaks)
}

function choropleth(classes: LegendClass[], breaks: number[]): Choropleth {
  return {
    kind: 'numeric',
    classification: 'quantile',
    classes,
    noData: [],
    colours: new Map(classes.flatMap((item) => item.codes.map((code) => [code, item.colour] as const))),
    breaks,
    unit: 'million_vnd',
    target: null,
    fallback: null,
  }
}

/** Each class of amounts in words: the smallest to the largest amount it holds. */
export const amountLegend = (map: Choropleth, language: Language) =>
  map.classes
    .filter((item) => item.codes.length > 0)
    .map((item) => ({
      colour: item.colour,
      label: formatRange(item.lower!, item.upper!, 'million_vnd', language),
      count: item.codes.length,
    }))

const differenceKinds = ['bigLoss', 'loss', 'same', 'gain', 'bigGain'] as const

/** Less, none, more: five classes around no change, split at half the largest difference. */
export function differenceChoropleth(comparison: AllocationComparison) {
  const largest = Math.max(0, ...comparison.rows.map((row) => Math.abs(row.difference)))
  const half = Math.ceil(largest / 2)
  const kindOf = (difference: number) =>
    difference === 0 ? 2 : difference < 0 ? (-difference > half ? 0 : 1) : difference > half ? 4 : 3
  const classes: LegendClass[] = differenceKinds.map((kind, index) => ({
    key: kind,
    colour: differencePalette[index]!,
    codes: comparison.rows.filter((row) => kindOf(row.difference) === index).map((row) => row.code),
  }))
  return { map: choropleth(classes, [-largest, -half, 0, half, largest]), half }
}

export const differenceLegend = (map: Choropleth, half: number, text: Text) =>
  map.classes.map((item, index) => {
    const words = text.allocation.differenceClasses[differenceKinds[index]!]
    return { colour: item.colour, label: typeof words === 'string' ? words : words(half), count: item.codes.length }
  })

/** "khu vực: dữ liệu mẫu · thôn ĐBKK: chính thức · …": where each input of a row came from. */
export function inputWords(item: AllocationItem, text: Text, criterionNames: Record<string, string>): string {
  return Object.entries(item.inputs)
    .map(([name, input]) => {
      const label = text.allocation.inputNames[name] ?? criterionNames[name] ?? name
      const provenance = input.provenance ? text.allocation.provenances[input.provenance] : text.allocation.noInput
      return `${label}: ${provenance}`
    })
    .join(' · ')
}
