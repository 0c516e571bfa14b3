import { type AllocationRequest, allocationAnswer } from '../allocation/answer'
import type { Sql } from '../db'
import { allocationInputs, allocationYear, type RankingInput } from './allocation-inputs'

/** The official count of especially difficult villages of the allocation's period (385 for 2026–2030). */
async function officialVillages(sql: Sql): Promise<number | null> {
  const [row] = await sql<{ value: number }[]>`
    select value from official_total
    where indicator = 'especially_difficult_villages' and category = ''
      and ${allocationYear} between year_from and year_to`
  return row?.value ?? null
}

/** The allocation of a scenario's parameters on the values held now, or its refusal. */
export async function allocationResult(sql: Sql, request: AllocationRequest & { ranking: RankingInput | null }) {
  const [inputs, villages] = await Promise.all([allocationInputs(sql, request.ranking), officialVillages(sql)])
  if ('problem' in inputs) return { problem: inputs.problem! }
  return allocationAnswer(inputs.communes, request, villages)
}
