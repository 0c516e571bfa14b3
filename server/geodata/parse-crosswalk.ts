import { csvText, requireCount } from './fields'
import { expectedCounts, packageFiles } from './files'
import { DataPackageError } from './package-error'
import { readCsv } from './read-files'
import type { CrosswalkRecord, NameCheck, UnitRecord, Vintage } from './records'

/**
 * The old → new crosswalk of NQ 1672 (reference/admin_crosswalk_2025.csv, 204 rows). Old units are
 * those of March 2025, plus 8 rows for 2021 units that vanished in December 2024; `06040_2021`
 * names Xã Đại Đồng, whose code 06040 went to Thị trấn Thất Khê in 2024.
 */
export function parseCrosswalk(dir: string, units: UnitRecord[]): { rows: CrosswalkRecord[]; nameChecks: NameCheck[] } {
  const file = packageFiles.crosswalk
  const csv = readCsv(dir, file, [
    'old_commune_code',
    'old_commune_name',
    'new_commune_code',
    'new_commune_name',
    'share',
    'resolution_clause',
    'source',
  ])
  requireCount(file, csv.length, expectedCounts.crosswalkRows, 'rows')
  const named = (vintage: Vintage) =>
    new Map(
      units.filter((unit) => unit.vintage === vintage && unit.level === 'commune').map((unit) => [unit.code, unit]),
    )
  const byVintage = { '2021': named('2021'), '2024': named('2024'), '2025': named('2025') }
  const nameChecks: NameCheck[] = []

  const rows = csv.map((row): CrosswalkRecord => {
    const location = `line ${row.line}`
    const oldField = csvText(file, row, 'old_commune_code')
    const match = /^([0-9]{5})(_2021)?$/.exec(oldField)
    if (!match) throw new DataPackageError(file, location, 'old_commune_code', `"${oldField}" is not a 5-digit code`)
    const oldCode = match[1]!
    const fromVintage: Vintage | undefined = match[2]
      ? '2021'
      : byVintage['2024'].has(oldCode)
        ? '2024'
        : byVintage['2021'].has(oldCode)
          ? '2021'
          : undefined
    const oldUnit = fromVintage && byVintage[fromVintage].get(oldCode)
    if (!fromVintage || !oldUnit) {
      throw new DataPackageError(
        file,
        location,
        'old_commune_code',
        `${oldCode} is in neither the 2021 nor the March 2025 list`,
      )
    }
    const toCode = csvText(file, row, 'new_commune_code')
    const newUnit = byVintage['2025'].get(toCode)
    if (!newUnit)
      throw new DataPackageError(file, location, 'new_commune_code', `${toCode} is not one of the 65 units of 2025`)
    nameChecks.push({
      file,
      location,
      code: oldCode,
      expected: oldUnit.name,
      found: csvText(file, row, 'old_commune_name'),
    })
    nameChecks.push({
      file,
      location,
      code: toCode,
      expected: newUnit.name,
      found: csvText(file, row, 'new_commune_name'),
    })

    const share = csvText(file, row, 'share')
    const kind = /^(whole|part|remainder)\b/.exec(share)?.[1] as CrosswalkRecord['kind'] | undefined
    if (!kind) throw new DataPackageError(file, location, 'share', `"${share}" is not whole, part or remainder`)
    const documented = /\(([0-9.]+) km2/.exec(share)
    return {
      fromCode: oldCode,
      fromVintage,
      toCode,
      toVintage: '2025',
      kind,
      documentedAreaKm2: documented ? Number(documented[1]) : null,
      clause: `NQ 1672/NQ-UBTVQH15 Điều 1 khoản ${csvText(file, row, 'resolution_clause')}`,
      source: csvText(file, row, 'source'),
    }
  })
  return { rows, nameChecks }
}

/**
 * 2019 → 2021 links from the GSO change record in reference/census2019_population.csv: 221 communes
 * went whole into a 2021 unit; 5 were split by villages, with no areas stated for most parts.
 */
export function parseCensusSuccessors(dir: string, units: UnitRecord[]): CrosswalkRecord[] {
  const file = packageFiles.census2019
  const units2021 = new Set(
    units.filter((unit) => unit.vintage === '2021' && unit.level === 'commune').map((unit) => unit.code),
  )
  const rows = readCsv(dir, file, ['level', 'code_2019', 'successor_2021', 'whole_or_part', 'source'])
  return rows
    .filter((row) => row.fields.level === 'commune')
    .flatMap((row) => {
      const location = `line ${row.line}`
      const successors = csvText(file, row, 'successor_2021')
        .split(';')
        .map((part) => part.trim().slice(0, 5))
      const split = csvText(file, row, 'whole_or_part') === 'split'
      return successors.map((toCode, index): CrosswalkRecord => {
        if (!units2021.has(toCode))
          throw new DataPackageError(file, location, 'successor_2021', `${toCode} is not a unit of the 2021 list`)
        return {
          fromCode: csvText(file, row, 'code_2019'),
          fromVintage: '2019',
          toCode,
          toVintage: '2021',
          kind: split ? (index === 0 ? 'part' : 'remainder') : 'whole',
          documentedAreaKm2: null,
          clause: 'Nghị quyết 818/NQ-UBTVQH14 ngày 21/11/2019',
          source: csvText(file, row, 'source'),
        }
      })
    })
}
