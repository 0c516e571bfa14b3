import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { csvText } from './fields'
import { packageFiles } from './files'
import { DataPackageError } from './package-error'
import { type CsvRow, readCsv } from './read-files'
import type { IndicatorRecord, TargetRecord } from './records'

// The project's own half of the catalogue (value types, parsed targets, carry rules, headline order).
const catalogueFile = 'geodata/indicators.csv'
const cataloguePath = fileURLToPath(new URL('../../geodata/indicators.csv', import.meta.url))

type CatalogueRow = Record<string, string>

function readCatalogue(): CatalogueRow[] {
  return parse(fs.readFileSync(cataloguePath, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as CatalogueRow[]
}

/** "<operator> <value> <scope>", e.g. ">= 80 commune" or "reduce_pp_per_year 3 commune". */
function parseTarget(
  code: string,
  year: 2025 | 2030,
  spec: string,
  textVi: string,
  clause: string,
): TargetRecord | null {
  if (!spec) return null
  const match = /^(>=|>|<=|<|=|reduce_pp_per_year) ([0-9.]+) (commune|province)$/.exec(spec)
  if (!match)
    throw new DataPackageError(catalogueFile, code, `target_${year}`, `"${spec}" is not "<operator> <value> <scope>"`)
  return {
    indicator: code,
    year,
    operator: match[1]!,
    value: Number(match[2]),
    scope: match[3] as TargetRecord['scope'],
    textVi,
    clause,
  }
}

/** Splits "II.2.1 bullet 1; II.2.2" into the 2025 (II.2.1) and 2030 (II.2.2) clauses. */
function clauseFor(year: 2025 | 2030, planClause: string): string {
  const parts = planClause.split(';').map((part) => part.trim())
  return parts.find((part) => part.startsWith(year === 2025 ? 'II.2.1' : 'II.2.2')) ?? planClause
}

/**
 * Joins the plan's target table (reference/plan_targets_nq58.csv: names, clauses, departments) with
 * the project catalogue; every plan code must be catalogued and vice versa.
 */
export function parseIndicators(dir: string): { indicators: IndicatorRecord[]; targets: TargetRecord[] } {
  const file = packageFiles.planTargets
  const planRows = readCsv(dir, file, [
    'code',
    'domain',
    'indicator_vi',
    'indicator_en',
    'better',
    'target_2025',
    'target_2030',
    'plan_clause',
    'lead_agency_vi',
    'lead_agency_clause',
  ])
  const planByCode = new Map<string, CsvRow>(planRows.map((row) => [csvText(file, row, 'code'), row]))
  const catalogue = readCatalogue()
  for (const code of planByCode.keys()) {
    if (!catalogue.some((row) => row.code === code)) {
      throw new DataPackageError(file, code, 'code', `indicator not in the project catalogue ${catalogueFile}`)
    }
  }
  const indicators: IndicatorRecord[] = []
  const targets: TargetRecord[] = []
  for (const row of catalogue) {
    const code = row.code ?? ''
    const plan = planByCode.get(code)
    const headline = row.headline ? Number(row.headline) : null
    const common = {
      code,
      unit: row.unit ?? '',
      valueType: row.value_type ?? '',
      measuredAt: row.measured_at ?? '',
      carryRule: row.carry_rule ?? '',
      headline,
      sort: Number(row.sort),
      departmentEn: row.department_en || null,
    }
    if (!plan) {
      if (!row.name_vi || !row.name_en || !row.domain || !row.better) {
        throw new DataPackageError(
          catalogueFile,
          code,
          'name_vi',
          `not in ${file}, so the catalogue must give its names, domain and direction`,
        )
      }
      indicators.push({
        ...common,
        domain: row.domain,
        nameVi: row.name_vi,
        nameEn: row.name_en,
        better: row.better,
        planClause: null,
        departmentVi: null,
        departmentClause: null,
        source: row.note ?? catalogueFile,
      })
      continue
    }
    const planClause = csvText(file, plan, 'plan_clause')
    indicators.push({
      ...common,
      domain: csvText(file, plan, 'domain'),
      nameVi: csvText(file, plan, 'indicator_vi'),
      nameEn: csvText(file, plan, 'indicator_en'),
      better: csvText(file, plan, 'better'),
      planClause,
      departmentVi: csvText(file, plan, 'lead_agency_vi'),
      departmentClause: csvText(file, plan, 'lead_agency_clause'),
      source: `Kế hoạch triển khai Nghị quyết 58-NQ/TU (UBND tỉnh Lạng Sơn, 2022), mục ${planClause}`,
    })
    for (const year of [2025, 2030] as const) {
      const target = parseTarget(
        code,
        year,
        row[`target_${year}`] ?? '',
        csvText(file, plan, `target_${year}`, { optional: true }),
        clauseFor(year, planClause),
      )
      if (target) targets.push(target)
    }
  }
  return { indicators, targets }
}
