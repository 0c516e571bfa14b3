import type { Provenance } from '../sql/indicator-values'
import { type Better, disadvantage, type Normalise, numericValue, type RawValue } from './normalise'
import { weakestProvenance } from './provenance'

// The composite disadvantage index of the planner's ranking: per indicator a disadvantage 0–1
// (normalise.ts), weighted into a score 0–100; rank 1 is the most disadvantaged commune.

export type RankingCommune = {
  code: string
  name: string
  population: number | null
  values: Record<string, { value: RawValue; provenance: Provenance | null }>
}
export type WeightedIndicator = { code: string; better: Better; weight: number }

export type RankingItem = {
  code: string
  name: string
  rank: number | null
  score: number | null
  population: number | null
  contributions: Record<string, number>
  normalised: Record<string, number>
  values: Record<string, RawValue>
  provenance: Provenance | null
  stability: number | null
}
export type MissingValues = { code: string; name: string; indicators: string[] }

// Scores that differ by less than this are equal: sums of the same parts in another order differ in
// the last bits, and such communes must share a rank.
const tolerance = 1e-9
const sensitivity = [1.1, 0.9]

const rounded = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits
const total = (list: number[]) => list.reduce((sum, item) => sum + item, 0)

/** 100 × Σ wᵢdᵢ / Σ wᵢ for each commune; `normalised` is indexed [indicator][commune]. */
function scores(normalised: number[][], weights: number[]): number[] {
  const weightSum = total(weights)
  const communes = normalised[0]?.length ?? 0
  return Array.from(
    { length: communes },
    (_, commune) => (100 * total(weights.map((weight, column) => weight * normalised[column]![commune]!))) / weightSum,
  )
}

/** Competition ranks: 1 for the highest score, ties share a rank and leave a gap (1, 2, 2, 4). */
export function competitionRanks(list: number[]): number[] {
  return list.map((score) => 1 + list.filter((other) => other > score + tolerance).length)
}

/** For each commune, the largest change of its rank when any one weight is 10 % higher or lower. */
function stability(normalised: number[][], weights: number[], ranks: number[]): number[] {
  const largest = ranks.map(() => 0)
  weights.forEach((_, changedColumn) => {
    for (const factor of sensitivity) {
      const changed = weights.map((weight, column) => (column === changedColumn ? weight * factor : weight))
      competitionRanks(scores(normalised, changed)).forEach((rank, commune) => {
        largest[commune] = Math.max(largest[commune]!, Math.abs(rank - ranks[commune]!))
      })
    }
  })
  return largest
}

type RankOf = Pick<RankingItem, 'rank' | 'score' | 'contributions' | 'normalised' | 'stability'>

/** One row of the answer: the commune, its rank (or none), and the raw values as shown. */
function rankingItem(commune: RankingCommune, indicators: WeightedIndicator[], ranking: RankOf): RankingItem {
  return {
    code: commune.code,
    name: commune.name,
    rank: ranking.rank,
    score: ranking.score,
    population: commune.population,
    contributions: ranking.contributions,
    normalised: ranking.normalised,
    values: Object.fromEntries(indicators.map(({ code }) => [code, commune.values[code]?.value ?? null])),
    provenance: weakestProvenance(indicators.map(({ code }) => commune.values[code]?.provenance ?? null)),
    stability: ranking.stability,
  }
}

/**
 * Ranks the communes that have a value of every weighted indicator; the others are listed in
 * `missing` and at the end of `items` without rank or score, never silently dropped. The
 * disadvantages are normalised among the ranked communes only, so that one commune without a
 * value does not move the others' scale.
 */
export function rankCommunes(communes: RankingCommune[], indicators: WeightedIndicator[], method: Normalise) {
  const numbers = communes.map((commune) =>
    indicators.map((indicator) => numericValue(commune.values[indicator.code]?.value ?? null)),
  )
  const rankedIndexes = communes.flatMap((_, index) =>
    numbers[index]!.every((value) => value !== null) ? [index] : [],
  )
  const normalised = indicators.map((indicator, column) =>
    disadvantage(
      rankedIndexes.map((index) => numbers[index]![column]!),
      indicator.better,
      method,
    ),
  )
  const weights = indicators.map((indicator) => indicator.weight)
  const score = scores(normalised, weights)
  const ranks = competitionRanks(score)
  const moves = stability(normalised, weights, ranks)
  const byCode = (list: number[]) =>
    Object.fromEntries(indicators.map((indicator, column) => [indicator.code, list[column]!]))
  const ranked = rankedIndexes.map((communeIndex, position) => {
    const parts = indicators.map((indicator, column) => indicator.weight * normalised[column]![position]!)
    const sum = total(parts)
    return rankingItem(communes[communeIndex]!, indicators, {
      rank: ranks[position]!,
      score: rounded(score[position]!, 2),
      contributions: byCode(parts.map((part) => (sum === 0 ? 0 : rounded(part / sum, 4)))),
      normalised: byCode(normalised.map((column) => rounded(column[position]!, 4))),
      stability: moves[position]!,
    })
  })
  ranked.sort((a, b) => a.rank! - b.rank! || a.code.localeCompare(b.code))
  const incomplete = communes.filter((_, index) => !rankedIndexes.includes(index))
  const missing: MissingValues[] = incomplete.map((commune) => ({
    code: commune.code,
    name: commune.name,
    indicators: indicators
      .filter(({ code }) => numericValue(commune.values[code]?.value ?? null) === null)
      .map(({ code }) => code),
  }))
  const unranked = incomplete.map((commune) =>
    rankingItem(commune, indicators, { rank: null, score: null, contributions: {}, normalised: {}, stability: null }),
  )
  return { missing, items: [...ranked, ...unranked] }
}
