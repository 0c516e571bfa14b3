import type { Message } from '../message'

// How the values of several units make the value of a larger one, by the indicator's carry rule
// (the catalogue's `carry_rule`): former communes onto a 2025 commune through the crosswalk
// (sql/indicator-values.ts), and the 65 communes onto the province (province.ts). One home, so the
// map and the scoreboard never add up the same values two ways.

export type CarryRule =
  | 'sum'
  | 'population_mean'
  | 'area_mean'
  | 'share_of_former_yes'
  | 'share_of_former_region_iii'
  | 'village_share'
  | 'village_count'

/** One contributing unit: its value, the share of it that lies in the larger unit, and its size. */
export type CarryPart = {
  valueNumber: number | null
  valueCategory: string | null
  valueFlag: boolean | null
  share: number
  people: number | null
  areaKm2: number | null
  /** Mapped villages behind a village share (province figure of a village indicator). */
  villages?: number | null
}

/** Rounded to two decimals as PostgreSQL's round(numeric, 2) rounds (halves away from zero, no binary drift). */
export const twoDecimals = (value: number) => Number(`${Math.round(Number(`${value}e2`))}e-2`)

/** Each rule as a term (x, weight) of a weighted mean, or of a weighted sum for totals. */
const terms: Record<CarryRule, (part: CarryPart) => [number | null, number | null]> = {
  sum: (part) => [part.valueNumber, part.share],
  village_count: (part) => [part.valueNumber, part.share],
  population_mean: (part) => [part.valueNumber, part.people === null ? null : part.people * part.share],
  area_mean: (part) => [part.valueNumber, part.areaKm2 === null ? null : part.areaKm2 * part.share],
  village_share: (part) => [part.valueNumber, part.villages ?? null],
  share_of_former_yes: (part) => [part.valueFlag === null ? null : 100 * Number(part.valueFlag), part.share],
  share_of_former_region_iii: (part) => [
    part.valueCategory === null ? null : 100 * Number(part.valueCategory === 'III'),
    part.share,
  ],
}
const totals = new Set<CarryRule>(['sum', 'village_count'])

export const isCarryRule = (rule: string): rule is CarryRule => rule in terms

/**
 * The value carried by the rule, over the parts that have a value and a weight; null when none has.
 * Sums are Σ x·share; the rest are weighted means (population, area, villages, or the share of
 * former units meeting a yes/no indicator or in region III).
 */
export function carry(rule: CarryRule, parts: CarryPart[]): number | null {
  const pairs = parts.flatMap((part) => {
    const [value, weight] = terms[rule](part)
    return value !== null && weight !== null && weight > 0 ? [[value, weight] as const] : []
  })
  if (pairs.length === 0) return null
  const weighted = pairs.reduce((sum, [value, weight]) => sum + value * weight, 0)
  if (totals.has(rule)) return twoDecimals(weighted)
  const weights = pairs.reduce((sum, [, weight]) => sum + weight, 0)
  return twoDecimals(weighted / weights)
}

/**
 * A carried value needs every former unit's value: a partial sum or mean would mislead. The share
 * of former units meeting a yes/no indicator is the exception: some are never assessed (wards and
 * towns for the new-rural standard), so it is the share of those assessed.
 */
export function complete(rule: CarryRule, parts: CarryPart[]): boolean {
  if (rule === 'share_of_former_yes') return parts.some((part) => part.valueFlag !== null)
  return parts.every((part) => part.valueNumber !== null || part.valueCategory !== null || part.valueFlag !== null)
}

/** Each rule in words, for the legend's note on pre-merger years, the former units' table and the exports. */
export const carryWords: Record<CarryRule, Message> = {
  sum: {
    vi: 'cộng các xã cũ (xã bị chia tách tính theo tỷ lệ diện tích)',
    en: 'sum of the former units (split units by area share)',
  },
  population_mean: {
    vi: 'bình quân gia quyền theo dân số 2019 của các xã cũ',
    en: 'population-weighted mean of the former units (census 2019)',
  },
  area_mean: { vi: 'bình quân gia quyền theo diện tích của các xã cũ', en: 'area-weighted mean of the former units' },
  share_of_former_yes: { vi: 'tỷ lệ % xã cũ đạt', en: 'share of the former units with "yes" (%)' },
  share_of_former_region_iii: {
    vi: 'tỷ lệ % xã cũ thuộc khu vực III',
    en: 'share of the former units in region III (%)',
  },
  village_share: { vi: 'tỷ lệ % số thôn có trên bản đồ đạt', en: 'share of the mapped villages with the flag (%)' },
  village_count: { vi: 'số thôn có trên bản đồ đạt', en: 'number of the mapped villages with the flag' },
}

/** The same rules over the 65 communes, for a province figure computed from them (province.ts). */
export const provinceCarryWords: Partial<Record<CarryRule, Message>> = {
  sum: { vi: 'tổng của các xã', en: 'sum over the communes' },
  population_mean: {
    vi: 'bình quân các xã theo dân số 2025',
    en: 'mean of the communes weighted by their 2025 population',
  },
  area_mean: { vi: 'bình quân các xã theo diện tích', en: 'mean of the communes weighted by their area' },
  village_share: { vi: 'tỷ lệ trong số thôn có trên bản đồ', en: 'share of the mapped villages' },
}
