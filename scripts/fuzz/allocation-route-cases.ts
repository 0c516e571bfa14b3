import { badText } from './bad-values'
import { bodyCases, bodyFuzz, pathCases } from './cases'
import { anyone, type FuzzRoute, noParameters } from './fuzz-route'
import { uploadCases } from './upload-cases'

// The capital allocation's routes (issue 11 §2): their parameters, badly. A scenario that does not
// exist answers 404 after its body is checked, so a valid body costs no save (and no allocation).

const missing = '0b8e6c3e-4d6f-4b8a-9a37-2f1d5c3e9b10'
const other = '1c9f7d4f-5e70-4c9b-8b48-3a2e6d4f0c21'
const preview = {
  total: 1_000_003,
  coefficients: { regionIII: 50, village: 1 },
  criteria: [{ code: 'population', weight: 10 }],
  overrides: [{ code: '06040', region: 'III', villages: 4 }],
}
const scenario = { ...preview, name: 'fuzz', program: 'Dự án 4', copiedFrom: missing }
const change = { name: 'fuzz', total: 7, overrides: [{ code: '06040', border: true }] }
/** Bad values of each path parameter in turn, the others a well-formed id of no scenario. */
const paths = (template: string, ...names: string[]): FuzzRoute => ({
  callers: anyone,
  cases: () =>
    names.flatMap((name) =>
      pathCases(
        names.filter((item) => item !== name).reduce((url, item) => url.replace(`:${item}`, other), template),
        name,
      ),
    ),
})

export function allocationRouteCases(): Record<string, FuzzRoute> {
  return {
    'POST /api/allocation/preview': { callers: anyone, cases: () => bodyFuzz('/api/allocation/preview', preview) },
    'GET /api/allocation/scenarios': noParameters('/api/allocation/scenarios'),
    'POST /api/allocation/scenarios': {
      callers: anyone,
      // Without copiedFrom the body would save: only the body as a whole, once, goes without it.
      cases: () =>
        bodyFuzz(
          '/api/allocation/scenarios',
          scenario,
          Object.keys(scenario).filter((field) => field !== 'copiedFrom'),
        ).filter((item) => item.label !== 'copiedFrom missing'),
    },
    'GET /api/allocation/scenarios/:id': paths('/api/allocation/scenarios/:id', 'id'),
    'PATCH /api/allocation/scenarios/:id': {
      callers: anyone,
      cases: () => [
        ...pathCases('/api/allocation/scenarios/:id', 'id', { body: change }),
        ...bodyFuzz(`/api/allocation/scenarios/${missing}`, change),
      ],
    },
    'DELETE /api/allocation/scenarios/:id': paths('/api/allocation/scenarios/:id', 'id'),
    'GET /api/allocation/scenarios/:id/compare/:other': paths(
      '/api/allocation/scenarios/:id/compare/:other',
      'id',
      'other',
    ),
    'GET /api/allocation/scenarios/:id/export.csv': paths('/api/allocation/scenarios/:id/export.csv', 'id'),
    'GET /api/allocation/scenarios/:id/export.xlsx': paths('/api/allocation/scenarios/:id/export.xlsx', 'id'),
    'POST /api/allocation/overrides': {
      callers: anyone,
      cases: () => [
        ...uploadCases('/api/allocation/overrides', badText),
        ...bodyCases('/api/allocation/overrides', {}),
      ],
    },
  }
}
