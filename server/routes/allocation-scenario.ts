import type { AllocationRequest } from '../allocation/answer'
import type { Override } from '../allocation/criteria'
import type { Sql } from '../db'
import { type Message, Refusal } from '../message'
import type { Normalise } from '../planning/normalise'
import { parseWeights } from '../planning/weights'
import type { RankingInput } from '../sql/allocation-inputs'
import { allocationResult } from '../sql/allocation-result'
import { type Scenario, type StoredParameters, scenarioById } from '../sql/allocation-scenarios'
import type { PreviewBody, ScenarioChange } from './allocation-params'

// Between the requests and the rules: parameters as a scenario keeps them, and back.

type ParsedRanking = { year: number; weights: { code: string; weight: number }[]; normalise: Normalise }

const rankingText = (ranking: ParsedRanking | undefined | null) =>
  ranking
    ? {
        year: ranking.year,
        weights: ranking.weights.map((item) => `${item.code}:${item.weight}`).join(','),
        normalise: ranking.normalise,
      }
    : null

/** The parameters of a request as a scenario keeps them (and answers them). */
export const storedParameters = (body: PreviewBody): StoredParameters => ({
  total: body.total,
  coefficients: body.coefficients,
  criteria: body.criteria,
  ranking: rankingText(body.ranking),
  overrides: body.overrides,
})

/** A scenario's parameters with a PATCH's changes in place. */
export const changedParameters = (kept: StoredParameters, change: ScenarioChange): StoredParameters => ({
  total: change.total ?? kept.total,
  coefficients: change.coefficients ?? kept.coefficients,
  criteria: change.criteria ?? kept.criteria,
  ranking: change.ranking === undefined ? kept.ranking : rankingText(change.ranking),
  overrides: change.overrides ?? kept.overrides,
})

/** What the rules take, from kept parameters (their weights were checked when they were kept). */
function requestOf(parameters: StoredParameters): AllocationRequest & { ranking: RankingInput | null } {
  const weights = parameters.ranking ? parseWeights(parameters.ranking.weights) : null
  return {
    total: parameters.total,
    coefficients: parameters.coefficients as AllocationRequest['coefficients'],
    criteria: parameters.criteria as AllocationRequest['criteria'],
    overrides: parameters.overrides as Override[],
    ranking:
      parameters.ranking && weights && 'weights' in weights
        ? {
            year: parameters.ranking.year,
            weights: weights.weights,
            normalise: parameters.ranking.normalise as Normalise,
          }
        : null,
  }
}

/** The allocation of the parameters on the values held now; a 400 saying why when it cannot be made. */
export async function allocated(sql: Sql, parameters: StoredParameters) {
  const result = await allocationResult(sql, requestOf(parameters))
  if ('problem' in result) throw new Refusal(400, result.problem)
  return result.answer
}

const scenarioNotFound = (id: string): Message => ({
  vi: `Không có kịch bản phân bổ mã ${id} (hoặc kịch bản đã bị thu hồi).`,
  en: `No allocation scenario with id ${id} (or it was withdrawn)`,
})

/** The scenario, or a 404 (a withdrawn one too). */
export async function existingScenario(sql: Sql, id: string): Promise<Scenario> {
  const scenario = await scenarioById(sql, id)
  if (!scenario) throw new Refusal(404, scenarioNotFound(id))
  return scenario
}
