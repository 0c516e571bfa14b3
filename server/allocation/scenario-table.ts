import type { Cell, Metadata } from '../planning/csv'
import type { AllocationAnswer } from './answer'
import type { OptionalCriterion } from './criteria'
import { criterionNames } from './optional-terms'
import { classNames } from './rule-words'

// A saved scenario as a table, the same for CSV and .xlsx: its parameters as metadata and one row
// per commune. The input columns carry the override file's names (override-file.ts), so a planner
// can edit the download in a spreadsheet and read it back as the scenario's overrides.

export type ScenarioFacts = {
  id: string
  name: string
  program: string
  createdBy: string
  createdAt: string | Date
  updatedBy: string
  updatedAt: string | Date
}

/** Columns the override reader knows are the result, not inputs: it skips them. */
export const resultColumns = [
  'unit_name',
  'class',
  'class_vi',
  'coefficient',
  'score',
  'share',
  'amount_million_vnd',
  'provenance',
  'inputs_overridden',
  'region_provenance',
  'villages_provenance',
  // The optional criteria's values the portal holds (ethnic_minority_share is an override).
  'population',
  'poverty_rate',
  'disadvantage_score',
]
const valueColumn: Record<OptionalCriterion, string> = {
  population: 'population',
  ethnicMinorityShare: 'ethnic_minority_share',
  povertyRate: 'poverty_rate',
  disadvantage: 'disadvantage_score',
}
/** The points a criterion added, named after its value's column (`poverty_rate_points`). */
const termColumn = (code: OptionalCriterion) => `${valueColumn[code]}_points`

/** A time as the database gave it (a Date) or as JSON carries it (text), in ISO 8601 UTC. */
const moment = (value: string | Date) => new Date(value).toISOString()

export function scenarioTable(scenario: ScenarioFacts, answer: AllocationAnswer, exportedAt: Date) {
  const weighted = answer.criteria.filter((criterion) => criterion.weight > 0).map((criterion) => criterion.code)
  const columns = [
    'unit_code',
    'unit_name',
    'class',
    'class_vi',
    'region',
    'safe_zone',
    'border',
    'villages',
    ...weighted.flatMap((code) => [valueColumn[code], termColumn(code)]),
    'coefficient',
    'score',
    'share',
    'amount_million_vnd',
    'provenance',
    'region_provenance',
    'villages_provenance',
    'inputs_overridden',
  ]
  const rows = answer.items.map((item): Record<string, Cell> => {
    const row: Record<string, Cell> = {
      unit_code: item.code,
      unit_name: item.name,
      class: classNames[item.class].en,
      class_vi: classNames[item.class].vi,
      region: item.region,
      safe_zone: item.safeZone,
      border: item.border,
      villages: item.villages,
      coefficient: item.coefficient,
      score: item.score,
      share: item.share,
      amount_million_vnd: item.amount,
      provenance: item.provenance,
      region_provenance: item.inputs.region?.provenance ?? null,
      villages_provenance: item.inputs.villages?.provenance ?? null,
      inputs_overridden: Object.entries(item.inputs)
        .filter(([, input]) => input.overridden)
        .map(([name]) => name)
        .join(' '),
    }
    for (const code of weighted) {
      row[valueColumn[code]] = item.terms[code]?.value ?? null
      row[termColumn(code)] = item.terms[code]?.points ?? null
    }
    return row
  })
  const metadata: Metadata = {
    title: { vi: `Phân bổ vốn: ${scenario.name}`, en: `Capital allocation: ${scenario.name}` },
    program: scenario.program,
    total: answer.total,
    coefficients: answer.coefficients,
    criteria: Object.fromEntries(
      answer.criteria.map((criterion) => [
        criterion.code,
        `${criterion.weight} (${criterionNames[criterion.code].vi})`,
      ]),
    ),
    overrides: answer.overrides,
    formula: answer.words.formula,
    example: answer.words.example,
    basis: answer.words.startingPoint,
    source: answer.words.source,
    inputs: answer.words.inputs,
    ...(answer.warnings.length > 0
      ? { warning: Object.fromEntries(answer.warnings.map((item, index) => [index + 1, item])) }
      : {}),
    savedBy: `${scenario.updatedBy} (${moment(scenario.updatedAt)})`,
    createdBy: `${scenario.createdBy} (${moment(scenario.createdAt)})`,
    scenario: scenario.id,
    exportedAt: exportedAt.toISOString(),
  }
  return { fileName: `allocation-${scenario.id.slice(0, 8)}`, metadata, columns, rows }
}
