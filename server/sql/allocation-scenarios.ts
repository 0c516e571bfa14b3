import type { Sql } from '../db'

// Saved allocation scenarios (0013): planners and admins only (row-level security); a withdrawn
// scenario is kept, and found by none of these readers.

/** What a scenario keeps of its parameters: what POST /api/allocation/preview takes, weights as text. */
export type StoredParameters = {
  total: number
  coefficients: Record<string, number>
  criteria: { code: string; weight: number }[]
  ranking: { year: number; weights: string; normalise: string } | null
  overrides: Record<string, unknown>[]
}

export type ScenarioSummary = {
  id: string
  name: string
  program: string
  total: number
  sample: boolean
  overrides: number
  copiedFrom: string | null
  createdBy: string
  createdAt: string
  updatedBy: string
  updatedAt: string
}
export type Scenario = ScenarioSummary & { parameters: StoredParameters; result: unknown }

type Saved = { name: string; program: string; parameters: StoredParameters; result: unknown }

export async function listScenarios(sql: Sql): Promise<ScenarioSummary[]> {
  return sql<ScenarioSummary[]>`
    select id, name, program, (parameters ->> 'total')::int as total, coalesce((result ->> 'sample')::boolean, false) as sample,
      jsonb_array_length(parameters -> 'overrides') as overrides, copied_from, created_by, created_at, updated_by, updated_at
    from allocation_scenario where withdrawn_at is null
    order by updated_at desc, id`
}

export async function scenarioById(sql: Sql, id: string): Promise<Scenario | undefined> {
  const [row] = await sql<Scenario[]>`
    select id, name, program, (parameters ->> 'total')::int as total, coalesce((result ->> 'sample')::boolean, false) as sample,
      jsonb_array_length(parameters -> 'overrides') as overrides, copied_from, created_by, created_at, updated_by, updated_at,
      parameters, result
    from allocation_scenario where id = ${id} and withdrawn_at is null`
  return row
}

export async function insertScenario(
  sql: Sql,
  scenario: Saved & { copiedFrom: string | null; username: string },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into allocation_scenario (name, program, parameters, result, copied_from, created_by, updated_by)
    values (${scenario.name}, ${scenario.program}, ${sql.json(scenario.parameters as never)}, ${sql.json(scenario.result as never)},
      ${scenario.copiedFrom}, ${scenario.username}, ${scenario.username})
    returning id`
  return row!.id
}

export async function updateScenario(sql: Sql, id: string, scenario: Saved & { username: string }): Promise<boolean> {
  const rows = await sql`
    update allocation_scenario set name = ${scenario.name}, program = ${scenario.program},
      parameters = ${sql.json(scenario.parameters as never)}, result = ${sql.json(scenario.result as never)},
      updated_by = ${scenario.username}, updated_at = now()
    where id = ${id} and withdrawn_at is null`
  return rows.count === 1
}

/** Withdraws a scenario: it leaves every list, and stays in the table and the audit log. */
export async function withdrawScenario(sql: Sql, id: string, username: string): Promise<string | undefined> {
  const [row] = await sql<{ name: string }[]>`
    update allocation_scenario set withdrawn_by = ${username}, withdrawn_at = now()
    where id = ${id} and withdrawn_at is null returning name`
  return row?.name
}
