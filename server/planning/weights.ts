// The `weights` parameter of the ranking and its exports: `poverty_rate:2,village_road_hardened:1`.

export type Weight = { code: string; weight: number }

export const maximumWeights = 20
const maximumLength = 2000
const codePattern = /^[a-z][a-z0-9_]{0,63}$/
const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/** An item as typed, quoted and shortened, so that a message never repeats a whole hostile input. */
const shown = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)

/** The weights in the order given, or the first problem as a sentence naming the offending item. */
export function parseWeights(text: string): { weights: Weight[] } | { problem: string } {
  if (text.trim() === '') return { problem: 'is required: 1 to 20 items such as poverty_rate:2' }
  if (text.length > maximumLength) return { problem: `is too long: at most ${maximumWeights} items` }
  const items = text.split(',')
  if (items.length > maximumWeights)
    return { problem: `has ${items.length} items; at most ${maximumWeights} indicators can be weighted` }
  const weights: Weight[] = []
  for (const raw of items) {
    const item = raw.trim()
    if (item === '') return { problem: 'has an empty item (two commas in a row, or one at the end?)' }
    const colon = item.indexOf(':')
    if (colon < 0) return { problem: `${shown(item)} needs a colon and a weight, e.g. poverty_rate:2` }
    const code = item.slice(0, colon).trim()
    const number = item.slice(colon + 1).trim()
    if (!codePattern.test(code)) return { problem: `unknown indicator ${shown(code)}` }
    if (!numberPattern.test(number)) return { problem: `${shown(item)} needs a number after the colon` }
    const weight = Number(number)
    if (!(weight > 0 && weight <= 100))
      return { problem: `${shown(item)}: a weight must be more than 0 and at most 100` }
    if (weights.some((known) => known.code === code)) return { problem: `${shown(code)} is weighted twice` }
    weights.push({ code, weight })
  }
  return { weights }
}

type CatalogueEntry = { code: string; measuredAt: string }

/** Whether every weighted code is a commune (or village) indicator of the catalogue. */
export function catalogueProblem(weights: Weight[], catalogue: CatalogueEntry[]): string | undefined {
  for (const { code } of weights) {
    const indicator = catalogue.find((entry) => entry.code === code)
    if (!indicator) return `unknown indicator ${shown(code)}`
    if (indicator.measuredAt === 'province')
      return `${shown(code)} is measured for the province only, so it cannot rank communes`
    // Population measures size, not disadvantage: the ranking shows it beside every commune instead.
    if (code === 'population') return `"population" is not a measure of disadvantage; every row shows it already`
  }
  return undefined
}
