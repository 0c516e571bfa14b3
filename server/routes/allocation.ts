import { Hono } from 'hono'
import type { AllocationAnswer } from '../allocation/answer'
import { compareScenarios } from '../allocation/compare'
import { allow } from '../auth/allow'
import type { PortalEnv } from '../portal-env'
import { insertScenario, listScenarios, updateScenario, withdrawScenario } from '../sql/allocation-scenarios'
import { audit } from '../sql/audit'
import { previewBody, scenarioBody, scenarioChange } from './allocation-params'
import { allocated, changedParameters, existingScenario, storedParameters } from './allocation-scenario'
import { uuidParam, validate } from './validate'

const noStore = { 'cache-control': 'no-store' }
const pairParam = uuidParam.extend({ other: uuidParam.shape.id })
const plan = allow('allocation:plan')

/** Whether the values held now give the same result as when the scenario was saved. */
const sameResult = (kept: AllocationAnswer, now: AllocationAnswer) =>
  kept.items.every((item, index) => item.amount === now.items[index]?.amount && item.class === now.items[index]?.class)

/**
 * Capital allocation scenarios (issue 11 §2), planners and admins: the preview of any parameters,
 * saved scenarios (listed, opened, changed, withdrawn; every save audited) and two compared.
 * Exports are in allocation-exports.ts. Each request is one transaction: a refusal saves nothing.
 */
export function allocationRoutes() {
  return new Hono<PortalEnv>()
    .post('/preview', plan, validate('json', previewBody), async (c) => {
      return c.json(await allocated(c.var.sql, storedParameters(c.req.valid('json'))), 200, noStore)
    })
    .get('/scenarios', plan, async (c) => c.json(await listScenarios(c.var.sql), 200, noStore))
    .post('/scenarios', plan, validate('json', scenarioBody), async (c) => {
      const body = c.req.valid('json')
      if (body.copiedFrom) await existingScenario(c.var.sql, body.copiedFrom)
      const parameters = storedParameters(body)
      const result = await allocated(c.var.sql, parameters)
      const username = c.var.caller.account!.username
      const scenario = { name: body.name, program: body.program, parameters, result }
      const id = await insertScenario(c.var.sql, { ...scenario, copiedFrom: body.copiedFrom ?? null, username })
      await audit(c.var.sql, c.var.caller, {
        action: 'allocation scenario saved',
        target: id,
        detail: { name: body.name, program: body.program, copiedFrom: body.copiedFrom ?? null, parameters },
      })
      return c.json({ ...(await existingScenario(c.var.sql, id)), current: true }, 201)
    })
    .get('/scenarios/:id', plan, validate('param', uuidParam), async (c) => {
      const scenario = await existingScenario(c.var.sql, c.req.valid('param').id)
      const now = await allocated(c.var.sql, scenario.parameters).catch(() => null)
      const current = now !== null && sameResult(scenario.result as AllocationAnswer, now)
      return c.json({ ...scenario, current }, 200, noStore)
    })
    .patch('/scenarios/:id', plan, validate('param', uuidParam), validate('json', scenarioChange), async (c) => {
      const { id } = c.req.valid('param')
      const change = c.req.valid('json')
      const kept = await existingScenario(c.var.sql, id)
      const parameters = changedParameters(kept.parameters, change)
      const result = await allocated(c.var.sql, parameters)
      const name = change.name ?? kept.name
      const program = change.program ?? kept.program
      const username = c.var.caller.account!.username
      await updateScenario(c.var.sql, id, { name, program, parameters, result, username })
      await audit(c.var.sql, c.var.caller, {
        action: 'allocation scenario changed',
        target: id,
        detail: { name, program, changed: Object.keys(change), parameters },
      })
      return c.json({ ...(await existingScenario(c.var.sql, id)), current: true })
    })
    .delete('/scenarios/:id', plan, validate('param', uuidParam), async (c) => {
      const { id } = c.req.valid('param')
      await existingScenario(c.var.sql, id)
      const name = await withdrawScenario(c.var.sql, id, c.var.caller.account!.username)
      await audit(c.var.sql, c.var.caller, { action: 'allocation scenario withdrawn', target: id, detail: { name } })
      return c.json({ withdrawn: true })
    })
    .get('/scenarios/:id/compare/:other', plan, validate('param', pairParam), async (c) => {
      const { id, other } = c.req.valid('param')
      const [first, second] = [await existingScenario(c.var.sql, id), await existingScenario(c.var.sql, other)]
      const side = (scenario: typeof first) => ({
        id: scenario.id,
        name: scenario.name,
        total: scenario.total,
        items: (scenario.result as AllocationAnswer).items,
      })
      return c.json(compareScenarios(side(first), side(second)), 200, noStore)
    })
}
