import { csvCode, csvNumber, csvText } from './fields'
import { packageFiles } from './files'
import { DataPackageError } from './package-error'
import { type CsvRow, readCsv } from './read-files'
import type { OfficialTotalRecord, OfficialValueRecord } from './records'

const numberValue = (valueNumber: number) => ({ valueNumber, valueCategory: null, valueFlag: null })

/** Official population: census 2019 (226 units, districts, province), its sums on the 2021 units, 2025. */
export function parsePopulation(dir: string): OfficialValueRecord[] {
  const values: OfficialValueRecord[] = []
  const censusFile = packageFiles.census2019
  for (const row of readCsv(dir, censusFile, ['level', 'code_2019', 'pop_total', 'source'])) {
    const level = csvText(censusFile, row, 'level')
    const digits = level === 'commune' ? 5 : level === 'district' ? 3 : 2
    const code = csvCode(censusFile, row, 'code_2019', digits)
    const vintage = level === 'commune' ? '2019' : level === 'district' ? '2021' : '2025'
    const population = csvNumber(censusFile, row, 'pop_total')!
    values.push({
      indicator: 'population',
      unitCode: code,
      unitVintage: vintage,
      year: 2019,
      ...numberValue(population),
      source: csvText(censusFile, row, 'source'),
    })
  }
  const sumsFile = packageFiles.population2021
  for (const row of readCsv(dir, sumsFile, ['commune_code_2021', 'pop_census_2019', 'source'])) {
    const population = csvNumber(sumsFile, row, 'pop_census_2019', { optional: true })
    if (population === null) continue // 6 units formed from village-level splits: not determinable
    const code = csvCode(sumsFile, row, 'commune_code_2021', 5)
    values.push({
      indicator: 'population',
      unitCode: code,
      unitVintage: '2021',
      year: 2019,
      ...numberValue(population),
      source: csvText(sumsFile, row, 'source'),
    })
  }
  const newFile = packageFiles.areaPopulation2025
  for (const row of readCsv(dir, newFile, ['new_commune_code', 'population_2025', 'source'])) {
    const code = csvCode(newFile, row, 'new_commune_code', 5)
    values.push({
      indicator: 'population',
      unitCode: code,
      unitVintage: '2025',
      year: 2025,
      ...numberValue(csvNumber(newFile, row, 'population_2025')!),
      source: csvText(newFile, row, 'source'),
    })
  }
  return values
}

function findRow(file: string, rows: CsvRow[], match: Record<string, string>): CsvRow {
  const row = rows.find((candidate) =>
    Object.entries(match).every(([field, value]) => candidate.fields[field] === value),
  )
  if (!row) throw new DataPackageError(file, undefined, undefined, `no row with ${JSON.stringify(match)}`)
  return row
}

/** The province's official poor-household rates (12.2 % in 2021, 3.36 % at the end of 2024). */
export function parseProvinceFigures(dir: string): OfficialValueRecord[] {
  const file = packageFiles.districtStats
  const rows = readCsv(dir, file, ['level', 'code', 'indicator', 'year', 'value', 'source'])
  const rate = (row: CsvRow) => {
    const match = /\(([0-9.]+)%\)/.exec(csvText(file, row, 'value'))
    if (!match)
      throw new DataPackageError(
        file,
        `line ${row.line}`,
        'value',
        'expected a rate in parentheses, e.g. "23511 (12.2%)"',
      )
    return Number(match[1])
  }
  const poverty2021 = findRow(file, rows, {
    level: 'province',
    indicator: 'poor households (multidimensional, 2021-2025 standard)',
    year: '2021',
  })
  const poverty2024 = findRow(file, rows, {
    level: 'province',
    indicator: 'poor households',
    year: 'end-2024',
  })
  return [
    {
      indicator: 'poverty_rate',
      unitCode: '20',
      unitVintage: '2025',
      year: 2021,
      ...numberValue(rate(poverty2021)),
      source: csvText(file, poverty2021, 'source'),
    },
    {
      indicator: 'poverty_rate',
      unitCode: '20',
      unitVintage: '2025',
      year: 2024,
      ...numberValue(rate(poverty2024)),
      source: csvText(file, poverty2024, 'source'),
    },
  ]
}

/** The 16 units of 2025 named by the province as having no especially difficult village in 2026–2030. */
export function parseDifficultVillages2026(dir: string): OfficialValueRecord[] {
  const file = packageFiles.difficultVillages2026
  const rows = readCsv(dir, file, ['new_commune_code', 'has_dbkk_village_2026_2030', 'source'])
  return rows
    .filter((row) => csvText(file, row, 'has_dbkk_village_2026_2030') === 'no')
    .map((row) => ({
      indicator: 'especially_difficult_villages',
      unitCode: csvCode(file, row, 'new_commune_code', 5),
      unitVintage: '2025' as const,
      year: 2026,
      ...numberValue(0),
      source: csvText(file, row, 'source'),
    }))
}

/** Province totals of the ethnic-minority area classification that the per-unit sample must respect. */
export function parseClassificationTotals(dir: string): OfficialTotalRecord[] {
  const file = packageFiles.classification
  const rows = readCsv(dir, file, ['period', 'scope', 'indicator', 'value', 'unit', 'source'])
  const total = (
    indicator: string,
    period: string,
    match: string,
    category: string,
    yearFrom: number,
    yearTo: number,
  ): OfficialTotalRecord => {
    const row = findRow(file, rows, { period, scope: 'Lạng Sơn', indicator: match })
    return {
      indicator,
      yearFrom,
      yearTo,
      category,
      value: csvNumber(file, row, 'value')!,
      unit: csvText(file, row, 'unit'),
      source: csvText(file, row, 'source'),
    }
  }
  return [
    total('especially_difficult_commune', '2021-2025', 'KV III communes (xã đặc biệt khó khăn)', 'III', 2021, 2025),
    total('especially_difficult_commune', '2021-2025', 'KV II communes', 'II', 2021, 2025),
    total('especially_difficult_commune', '2021-2025', 'KV I communes', 'I', 2021, 2025),
    total(
      'especially_difficult_villages',
      '2021-2025',
      'ĐBKK villages located in KV I and KV II communes',
      'in region I and II communes',
      2021,
      2025,
    ),
    total('especially_difficult_villages', '2026-2030', 'ĐBKK villages', '', 2026, 2030),
    total(
      'especially_difficult_villages',
      '2026-2030',
      'villages in DTTS&MN area',
      'all villages of the ethnic-minority area',
      2026,
      2030,
    ),
  ]
}
