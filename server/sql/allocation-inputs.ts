import type { Region } from '../allocation/criteria'
import type { CommuneInputs, Input } from '../allocation/inputs'
import type { Sql } from '../db'
import type { Normalise } from '../planning/normalise'
import type { Weight } from '../planning/weights'
import { indicatorValues, type Provenance, type UnitValue } from './indicator-values'
import { communeRanking } from './ranking'

/**
 * The allocation counts the 2026–2030 classification: the first year of that period is where the
 * region classes and especially difficult villages of the new communes are recorded (sample today:
 * no per-commune list was published, geodata/README.md §5).
 */
export const allocationYear = 2026

export type RankingInput = { year: number; weights: Weight[]; normalise: Normalise }

const fromValue = <T>(row: UnitValue | undefined, value: T | null): Input<T> => ({
  value,
  provenance: row?.provenance ?? null,
  source: row?.source ?? null,
})
const unknown: Input<never> = { value: null, provenance: null, source: null }

/** The border criterion: on the border by the rule of border_lengths() (0013), from public geometry. */
const borderSource = 'computed from the indicative border line: at least 0.5 km of it within 200 m of the commune'

/**
 * What the allocation counts for each of the 65 communes, from the same values as the map (class,
 * especially difficult villages, poverty rate of 2026, the latest population), the border fact, and
 * the ranking's disadvantage score when asked; or the ranking's refusal of its weights.
 */
export async function allocationInputs(sql: Sql, ranking: RankingInput | null) {
  const [values, people, communes] = await Promise.all([
    indicatorValues(sql, {
      indicators: ['especially_difficult_commune', 'especially_difficult_villages', 'poverty_rate'],
      years: [allocationYear],
      vintage: '2025',
    }),
    latestPopulation(sql),
    sql<{ code: string; name: string; border: boolean }[]>`
      select code, name, border_km is not null as border from unit
      where level = 'commune' and vintage = '2025' order by code`,
  ])
  const scores = ranking ? await communeRanking(sql, ranking) : null
  if (scores && 'error' in scores) return { problem: scores.error }
  const cell = (indicator: string, code: string) =>
    values.find((row) => row.indicator === indicator && row.code === code && row.year === allocationYear)
  return {
    communes: communes.map((commune): CommuneInputs => {
      const region = cell('especially_difficult_commune', commune.code)
      const villages = cell('especially_difficult_villages', commune.code)
      const poverty = cell('poverty_rate', commune.code)
      const ranked = scores?.items.find((item) => item.code === commune.code)
      const population = people.get(commune.code)
      return {
        code: commune.code,
        name: commune.name,
        region: fromValue(region, (region?.valueCategory as Region | undefined) ?? null),
        villages: fromValue(villages, villages?.valueNumber ?? null),
        border: { value: commune.border, provenance: 'computed', source: borderSource },
        // No list of safe-zone (ATK) communes is held: none unless a scenario says so.
        safeZone: unknown,
        population: population ?? unknown,
        povertyRate: fromValue(poverty, poverty?.valueNumber ?? null),
        disadvantage: ranked
          ? { value: ranked.score, provenance: ranked.provenance, source: rankingSource(ranking!) }
          : unknown,
        // No per-commune figure exists in the portal: only a scenario's overrides give it.
        ethnicMinorityShare: unknown,
      }
    }),
  }
}

const rankingSource = (ranking: RankingInput) =>
  `disadvantage ranking ${ranking.year} (${ranking.weights.map((item) => `${item.code}:${item.weight}`).join(',')}; ${ranking.normalise})`

/** Each 2025 commune's latest population, with its provenance and source. */
async function latestPopulation(sql: Sql): Promise<Map<string, Input<number>>> {
  const rows = await sql<{ code: string; value: number; provenance: Provenance; source: string | null }[]>`
    select distinct on (u.code) u.code, v.value_number as value, v.provenance, v.source
    from unit u join current_value v on v.unit_id = u.id and v.indicator = 'population'
    where u.level = 'commune' and u.vintage = '2025' and v.value_number is not null
    order by u.code, v.year desc`
  return new Map(rows.map(({ code, ...input }) => [code, input]))
}

/** The codes of the 65 communes the allocation divides among. */
export async function communeCodes(sql: Sql): Promise<string[]> {
  const rows = await sql<
    { code: string }[]
  >`select code from unit where level = 'commune' and vintage = '2025' order by code`
  return rows.map((row) => row.code)
}
