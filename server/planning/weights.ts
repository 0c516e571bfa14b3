import type { Message } from '../message'

// The `weights` parameter of the ranking and its exports: `poverty_rate:2,village_road_hardened:1`.

export type Weight = { code: string; weight: number }

export const maximumWeights = 20
const maximumLength = 2000
const codePattern = /^[a-z][a-z0-9_]{0,63}$/
const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/** An item as typed, quoted and shortened, so that a message never repeats a whole hostile input. */
const shown = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)

const unknownIndicator = (code: string): Message => ({
  vi: `không có chỉ tiêu ${shown(code)}`,
  en: `unknown indicator ${shown(code)}`,
})

/** The weights in the order given, or the first problem as a sentence naming the offending item. */
export function parseWeights(text: string): { weights: Weight[] } | { problem: Message } {
  const refused = (vi: string, en: string) => ({ problem: { vi, en } })
  if (text.trim() === '')
    return refused('là bắt buộc: 1 đến 20 mục như poverty_rate:2', 'is required: 1 to 20 items such as poverty_rate:2')
  if (text.length > maximumLength)
    return refused(`quá dài: tối đa ${maximumWeights} mục`, `is too long: at most ${maximumWeights} items`)
  const items = text.split(',')
  if (items.length > maximumWeights)
    return refused(
      `có ${items.length} mục; chỉ đặt trọng số được cho tối đa ${maximumWeights} chỉ tiêu`,
      `has ${items.length} items; at most ${maximumWeights} indicators can be weighted`,
    )
  const weights: Weight[] = []
  for (const raw of items) {
    const item = raw.trim()
    if (item === '')
      return refused(
        'có một mục trống (hai dấu phẩy liền nhau, hoặc dấu phẩy ở cuối?)',
        'has an empty item (two commas in a row, or one at the end?)',
      )
    const colon = item.indexOf(':')
    if (colon < 0)
      return refused(
        `${shown(item)} cần dấu hai chấm và trọng số, ví dụ poverty_rate:2`,
        `${shown(item)} needs a colon and a weight, e.g. poverty_rate:2`,
      )
    const code = item.slice(0, colon).trim()
    const number = item.slice(colon + 1).trim()
    if (!codePattern.test(code)) return { problem: unknownIndicator(code) }
    if (!numberPattern.test(number))
      return refused(`${shown(item)} cần một số sau dấu hai chấm`, `${shown(item)} needs a number after the colon`)
    const weight = Number(number)
    if (!(weight > 0 && weight <= 100))
      return refused(
        `${shown(item)}: trọng số phải lớn hơn 0 và không quá 100`,
        `${shown(item)}: a weight must be more than 0 and at most 100`,
      )
    if (weights.some((known) => known.code === code))
      return refused(`${shown(code)} được đặt trọng số hai lần`, `${shown(code)} is weighted twice`)
    weights.push({ code, weight })
  }
  return { weights }
}

type CatalogueEntry = { code: string; measuredAt: string }

/** Whether every weighted code is a commune (or village) indicator of the catalogue. */
export function catalogueProblem(weights: Weight[], catalogue: CatalogueEntry[]): Message | undefined {
  for (const { code } of weights) {
    const indicator = catalogue.find((entry) => entry.code === code)
    if (!indicator) return unknownIndicator(code)
    if (indicator.measuredAt === 'province')
      return {
        vi: `${shown(code)} chỉ đo cho cả tỉnh, nên không dùng để xếp hạng các xã được`,
        en: `${shown(code)} is measured for the province only, so it cannot rank communes`,
      }
    // Population measures size, not disadvantage: the ranking shows it beside every commune instead.
    if (code === 'population')
      return {
        vi: '"population" không đo mức khó khăn; mỗi dòng đã ghi sẵn dân số',
        en: '"population" is not a measure of disadvantage; every row shows it already',
      }
  }
  return undefined
}

/**
 * The ranking a report uses when none is asked for: every headline indicator of the catalogue
 * (geodata/indicators.csv, `headline`) weighted 1, as the planner's ranking opens (web/ranking.ts
 * presetWeights 'headline'); province-only indicators cannot rank communes and are left out.
 */
export const headlineWeights = (catalogue: { code: string; headline: number | null; measuredAt: string }[]): Weight[] =>
  catalogue
    .filter((indicator) => indicator.headline !== null && indicator.measuredAt !== 'province')
    .map((indicator) => ({ code: indicator.code, weight: 1 }))
