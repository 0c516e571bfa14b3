import { statusRank } from './targets'

// From raw values to disadvantage: 0 = the best commune of the set, 1 = the worst.

export type Better = 'higher' | 'lower'
export type Normalise = 'minmax' | 'rank'
export type RawValue = number | string | boolean | null

/**
 * How statuses and yes/no values become numbers (the ranks targets compare, planning/targets.ts):
 * region III is the most disadvantaged status; yes counts 1, and the catalogue's `better` then says
 * whether yes is good (every yes/no indicator of the plan: higher is better).
 */
export const categoryMapping = {
  especially_difficult_commune: statusRank,
  flags: { yes: 1, no: 0 },
} as const

const statusScore: Record<string, number> = categoryMapping.especially_difficult_commune

export function numericValue(value: RawValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'boolean') return value ? categoryMapping.flags.yes : categoryMapping.flags.no
  if (typeof value === 'string') return statusScore[value] ?? null
  return null
}

/** (x − min)/(max − min), flipped where higher is better; 0 for all when every value is the same. */
function minmax(values: number[], better: Better): number[] {
  const min = Math.min(...values)
  const max = Math.max(...values)
  if (max === min) return values.map(() => 0)
  return values.map((value) => {
    const share = (value - min) / (max - min)
    return better === 'higher' ? 1 - share : share
  })
}

/** The percentile of badness, (r − 1)/(n − 1) with r the rank from the best, ties sharing the average rank. */
function percentile(values: number[], better: Better): number[] {
  const count = values.length
  if (count === 1) return [0]
  const badness = values.map((value) => (better === 'lower' ? value : -value))
  const order = badness.map((_, index) => index).sort((a, b) => badness[a]! - badness[b]!)
  const ranks = new Array<number>(count)
  for (let start = 0; start < count; ) {
    let end = start
    while (end + 1 < count && badness[order[end + 1]!] === badness[order[start]!]) end += 1
    // positions start..end (0-based) share the average of the ranks start + 1 … end + 1
    const shared = (start + end) / 2 + 1
    for (let position = start; position <= end; position += 1) ranks[order[position]!] = shared
    start = end + 1
  }
  return ranks.map((rank) => (rank - 1) / (count - 1))
}

/** The disadvantage of each value among the given ones, in the same order. */
export function disadvantage(values: number[], better: Better, method: Normalise): number[] {
  if (values.length === 0) return []
  return method === 'minmax' ? minmax(values, better) : percentile(values, better)
}
