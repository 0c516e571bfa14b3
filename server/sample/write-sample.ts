import type { Sql } from '../db'
import { recordValues } from '../sql/indicator-load'
import {
  catalogueRules,
  officialAnchors,
  officialTotals,
  type PlaceFacts,
  provinceId,
  successorLinks,
  unitFacts,
  villageFacts,
} from '../sql/sample-facts'
import {
  type CatalogueRules,
  countValues,
  flagValues,
  percentValues,
  type SampleUnit,
  type SampleValue,
} from './commune-values'
import { flagShares, incomeLevels, levelOf, percentLevels, type SampleYear, sampleYears } from './province-levels'
import { regions2021, regions2025, regions2026 } from './region-status'
import { remoteness } from './remoteness'
import { difficultVillages2021, difficultVillages2026, type SampleVillage, villageProgress } from './village-flags'

/** Stored with every sample value; a new generator version supersedes the old sample on reload. */
export const sampleSource = 'Dữ liệu mẫu, không phải số liệu chính thức (sample data, not official): server/sample v1'

const years2021 = sampleYears.filter((year) => year <= 2024)
const years2025 = sampleYears.filter((year) => year >= 2025)

function toSampleUnits(facts: PlaceFacts[], salt: string): SampleUnit[] {
  const known = facts
    .map((fact) => fact.population)
    .filter((value): value is number => value !== null)
    .sort((a, b) => a - b)
  const typical = known[Math.floor(known.length / 2)] ?? 1
  const urban = (fact: PlaceFacts) => fact.type === 'Phường' || fact.type === 'Thị trấn'
  const ranks = remoteness(
    facts.map((fact) => ({ ...fact, key: fact.code, urban: urban(fact) })),
    salt,
  )
  return facts.map((fact, index) => ({
    id: fact.id,
    code: fact.code,
    urban: urban(fact),
    population: fact.population ?? typical,
    areaKm2: fact.areaKm2 ?? 1,
    remoteness: ranks[index]!,
  }))
}

/** Commune-level percentages, flags and counts for one list of units over its years. */
function communeSample(
  units: SampleUnit[],
  years: SampleYear[],
  povertyAnchors: Map<number, number>,
  catalogue: Map<string, CatalogueRules>,
): SampleValue[] {
  const values: SampleValue[] = []
  for (const indicator of Object.keys(percentLevels)) {
    const rules = catalogue.get(indicator)
    if (!rules) throw new Error(`${indicator} is not in the indicator catalogue`)
    values.push(
      ...percentValues(indicator, rules, units, years, indicator === 'poverty_rate' ? povertyAnchors : new Map()),
    )
  }
  for (const indicator of Object.keys(flagShares)) values.push(...flagValues(indicator, units, years))
  const poverty = new Map(
    values
      .filter((value) => value.indicator === 'poverty_rate')
      .map((value) => [`${value.unitId}:${value.year}`, value.valueNumber ?? 0]),
  )
  values.push(
    ...countValues('standard_schools', units, years, (unit) => unit.population * (1.3 - 0.6 * unit.remoteness)),
  )
  values.push(
    ...countValues(
      'temporary_houses',
      units,
      years,
      (unit, year) => unit.population * (poverty.get(`${unit.id}:${year}`) ?? 0),
    ),
  )
  return values
}

/**
 * Generates the sample values (see geodata/README.md, "Sample data") and records them as versions
 * with provenance "sample". Deterministic: the same data package always gives the same values.
 */
export async function writeSampleValues(sql: Sql): Promise<number> {
  const anchors = await officialAnchors(sql)
  const totals = await officialTotals(sql)
  const total = (indicator: string, yearFrom: number, category: string) => {
    const row = totals.find(
      (item) => item.indicator === indicator && item.yearFrom === yearFrom && item.category === category,
    )
    if (!row) throw new Error(`official total missing: ${indicator} ${yearFrom} ${category}`)
    return row.value
  }
  const provincePoverty = new Map(
    anchors
      .filter((row) => row.indicator === 'poverty_rate' && row.level === 'province')
      .map((row) => [row.year, row.valueNumber ?? 0]),
  )
  const withoutDifficultVillages = new Set(
    anchors
      .filter((row) => row.indicator === 'especially_difficult_villages' && row.year === 2026)
      .map((row) => row.unitId),
  )

  const units2021 = toSampleUnits(await unitFacts(sql, '2021'), 'remoteness 2021')
  const units2025 = toSampleUnits(await unitFacts(sql, '2025'), 'remoteness 2025')
  const catalogue = await catalogueRules(sql)
  const values: SampleValue[] = [
    ...communeSample(units2021, years2021, provincePoverty, catalogue),
    ...communeSample(units2025, years2025, provincePoverty, catalogue),
  ]

  const regions = regions2021(
    units2021,
    {
      III: total('especially_difficult_commune', 2021, 'III'),
      II: total('especially_difficult_commune', 2021, 'II'),
      I: total('especially_difficult_commune', 2021, 'I'),
    },
    years2021,
  )
  values.push(...regions)
  const regionOf = new Map(
    regions.filter((value) => value.year === 2021).map((value) => [value.unitId!, value.valueCategory!]),
  )
  const people2021 = new Map(units2021.map((unit) => [unit.id, unit.population]))
  const predecessors = new Map<number, { region: 'I' | 'II' | 'III' | 'none'; people: number }[]>()
  for (const link of await successorLinks(sql)) {
    const part = {
      region: (regionOf.get(link.fromId) ?? 'none') as 'I' | 'II' | 'III' | 'none',
      people: (people2021.get(link.fromId) ?? 0) * link.share,
    }
    predecessors.set(link.toId, [...(predecessors.get(link.toId) ?? []), part])
  }
  values.push(...regions2025(units2025, predecessors), ...regions2026(units2025, withoutDifficultVillages))

  const villageRows = await villageFacts(sql)
  const villageRanks = remoteness(
    villageRows.map((row) => ({ ...row, key: String(row.wofId), urban: false })),
    'remoteness villages',
  )
  const villages: SampleVillage[] = villageRows.map((row, index) => ({
    id: row.id,
    key: String(row.wofId),
    commune2025Id: row.commune2025Id,
    unit2021Id: row.unit2021Id,
    remoteness: villageRanks[index]!,
  }))
  for (const indicator of ['village_road_hardened', 'cultural_house', 'culture_club'])
    values.push(...villageProgress(indicator, villages, [...sampleYears]))
  values.push(
    ...difficultVillages2021(
      villages,
      regionOf,
      total('especially_difficult_villages', 2021, 'in region I and II communes'),
      [2021, 2022, 2023, 2024, 2025],
    ),
  )
  const share2026 =
    total('especially_difficult_villages', 2026, '') /
    total('especially_difficult_villages', 2026, 'all villages of the ethnic-minority area')
  values.push(...difficultVillages2026(villages, withoutDifficultVillages, share2026))

  const province = await provinceId(sql)
  for (const year of sampleYears)
    values.push({
      indicator: 'income_per_capita',
      unitId: province,
      year,
      valueNumber: levelOf(incomeLevels, year),
    })
  return recordValues(
    sql,
    values.map((value) => ({ ...value, provenance: 'sample' as const, source: sampleSource })),
  )
}
