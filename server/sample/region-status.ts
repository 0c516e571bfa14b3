import type { SampleUnit, SampleValue } from './commune-values'
import { normal } from './random'

export type RegionTotals = { III: number; II: number; I: number }
type Region = 'I' | 'II' | 'III' | 'none'
const indicator = 'especially_difficult_commune'

const byRemotenessDescending = (units: SampleUnit[]) =>
  [...units].sort(
    (a, b) =>
      b.remoteness + 0.2 * normal(indicator, b.code) - (a.remoteness + 0.2 * normal(indicator, a.code)) ||
      a.code.localeCompare(b.code),
  )

/**
 * Region I/II/III of the 2021 units for 2021–2024 (QĐ 861/QĐ-TTg): exactly the official counts
 * (88 III, 8 II, 103 I); the most remote rural units are III, then II. The one unit left outside the
 * ethnic-minority area (199 of 200) is the least remote ward or town, and reads "none".
 */
export function regions2021(units: SampleUnit[], totals: RegionTotals, years: number[]): SampleValue[] {
  const outside = units.length - totals.III - totals.II - totals.I
  const urbanFirst = byRemotenessDescending(units.filter((unit) => unit.urban)).reverse()
  const none = new Set(urbanFirst.slice(0, Math.max(0, outside)).map((unit) => unit.id))
  const ranked = byRemotenessDescending(units.filter((unit) => !unit.urban))
  const region = new Map<number, Region>()
  for (const [index, unit] of ranked.entries()) {
    region.set(unit.id, index < totals.III ? 'III' : index < totals.III + totals.II ? 'II' : 'I')
  }
  return years.flatMap((year) =>
    units.map((unit) => ({
      indicator,
      unitId: unit.id,
      year,
      valueCategory: none.has(unit.id) ? 'none' : (region.get(unit.id) ?? 'I'),
    })),
  )
}

const rank: Record<Region, number> = { none: 0, I: 1, II: 2, III: 3 }

/**
 * 2025 on the new units (the 2021–2025 classification still ran, on merged territory): the region
 * that holds at least half of the predecessors' people, counting from III down.
 */
export function regions2025(
  newUnits: SampleUnit[],
  predecessors: Map<number, { region: Region; people: number }[]>,
): SampleValue[] {
  return newUnits.map((unit) => {
    const parts = predecessors.get(unit.id) ?? []
    const people = parts.reduce((sum, part) => sum + part.people, 0)
    const atLeast = (level: Region) =>
      parts.filter((part) => rank[part.region] >= rank[level]).reduce((sum, part) => sum + part.people, 0)
    const region: Region = (['III', 'II', 'I'] as const).find((level) => atLeast(level) >= people / 2) ?? 'none'
    return { indicator, unitId: unit.id, year: 2025, valueCategory: region }
  })
}

/**
 * 2026 (the 2026–2030 period): the 16 units named as having no especially difficult village are
 * region I; of the others the most remote 60 % are III and the next 20 % II. No per-unit official
 * list was found, so this is sample.
 */
export function regions2026(newUnits: SampleUnit[], withoutDifficultVillages: Set<number>): SampleValue[] {
  const ranked = byRemotenessDescending(newUnits.filter((unit) => !withoutDifficultVillages.has(unit.id)))
  const region = new Map<number, Region>()
  for (const [index, unit] of ranked.entries()) {
    region.set(
      unit.id,
      index < Math.round(0.6 * ranked.length) ? 'III' : index < Math.round(0.8 * ranked.length) ? 'II' : 'I',
    )
  }
  return newUnits.map((unit) => ({
    indicator,
    unitId: unit.id,
    year: 2026,
    valueCategory: region.get(unit.id) ?? 'I',
  }))
}
