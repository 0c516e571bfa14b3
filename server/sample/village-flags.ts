import type { SampleValue } from './commune-values'
import { levelOf, type SampleYear, villageShares } from './province-levels'
import { normal, rankScores } from './random'

export type SampleVillage = {
  id: number
  key: string
  commune2025Id: number
  unit2021Id: number
  remoteness: number
}

/** Road, cultural house, culture club: the year's share of villages, central villages first (never revoked). */
export function villageProgress(indicator: string, villages: SampleVillage[], years: SampleYear[]): SampleValue[] {
  const shares = villageShares[indicator]
  if (!shares) throw new Error(`no sample shares for ${indicator}`)
  const order = rankScores(villages.map((village) => village.remoteness + 0.3 * normal(indicator, village.key)))
  return years.flatMap((year) => {
    const share = levelOf(shares, year)
    return villages.map((village, index) => ({
      indicator,
      villageId: village.id,
      year,
      valueFlag: order[index]! < share,
    }))
  })
}

const indicator = 'especially_difficult_villages'

// Map.groupBy arrived in Node 21; the portal supports Node 20.
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}
const mostRemoteFirst = (villages: SampleVillage[]) =>
  [...villages].sort(
    (a, b) =>
      b.remoteness + 0.2 * normal(indicator, b.key) - (a.remoteness + 0.2 * normal(indicator, a.key)) ||
      a.key.localeCompare(b.key),
  )

/**
 * Especially difficult villages of 2021–2025 (QĐ 433/612): the more remote half of the villages of
 * each region-III unit, plus, in region I/II units, the official 94 scaled to the share of villages
 * that are mapped (1,351 points of 1,676 villages and residential groups).
 */
export function difficultVillages2021(
  villages: SampleVillage[],
  regionOf: Map<number, string>,
  inRegionIAndII: number,
  years: number[],
): SampleValue[] {
  const flagged = new Set<number>()
  const byUnit = groupBy(
    villages.filter((village) => regionOf.get(village.unit2021Id) === 'III'),
    (village) => village.unit2021Id,
  )
  for (const group of byUnit.values()) {
    for (const village of mostRemoteFirst(group).slice(0, Math.ceil(group.length / 2))) flagged.add(village.id)
  }
  const lower = villages.filter((village) => ['I', 'II'].includes(regionOf.get(village.unit2021Id) ?? ''))
  for (const village of mostRemoteFirst(lower).slice(0, Math.round(inRegionIAndII * (1351 / 1676))))
    flagged.add(village.id)
  return years.flatMap((year) =>
    villages.map((village) => ({
      indicator,
      villageId: village.id,
      year,
      valueFlag: flagged.has(village.id),
    })),
  )
}

/**
 * 2026–2030: none in the 16 units named as having none; elsewhere the official share (385 of 1,646
 * villages, 23.4 %) of the mapped villages, with at least one in every other unit that has a mapped village.
 */
export function difficultVillages2026(
  villages: SampleVillage[],
  withoutAny: Set<number>,
  share: number,
): SampleValue[] {
  const candidates = villages.filter((village) => !withoutAny.has(village.commune2025Id))
  const quota = Math.round(share * candidates.length)
  const flagged = new Set<number>()
  for (const group of groupBy(candidates, (village) => village.commune2025Id).values())
    flagged.add(mostRemoteFirst(group)[0]!.id)
  for (const village of mostRemoteFirst(candidates)) {
    if (flagged.size >= quota) break
    flagged.add(village.id)
  }
  return villages.map((village) => ({
    indicator,
    villageId: village.id,
    year: 2026,
    valueFlag: flagged.has(village.id),
  }))
}
