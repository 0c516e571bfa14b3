import { badText } from './bad-values'
import { bodyCases, bodyFuzz, pathCases, queryCases } from './cases'
import { anyone, type FuzzRoute, noParameters } from './fuzz-route'
import { uploadCases } from './upload-cases'

// The map's, the planner's and the imports' routes: their own parameters, badly.

const goodWeights = 'poverty_rate:2,village_road_hardened:1'
// Plausible mistakes in the weights, besides the general bad text.
const badWeights = [
  ...['poverty_rate', 'poverty_rate:', ':2', 'poverty_rate:0', 'poverty_rate:101', 'poverty_rate:-1'],
  ...['poverty_rate:1e3', 'poverty_rate:NaN', 'poverty_rate:Infinity', 'poverty_rate:0x10', 'poverty_rate:1:2'],
  ...['poverty_rate:1,poverty_rate:2', 'poverty_rate:1,', ',poverty_rate:1', ',,,', 'income_per_capita:1'],
  ...['population:1', 'foo:1', 'POVERTY_RATE:1', 'poverty rate:1', 'poverty_rate:1;drop table unit'],
  Array.from({ length: 21 }, () => 'poverty_rate:1').join(','),
  Array.from({ length: 20 }, (_, index) => `code_${index}:1`).join(','),
]
const rankingParameters = { year: '2024', weights: goodWeights, normalise: 'rank' }
const rankingCases = (path: string, base: Record<string, string>) => [
  ...queryCases(path, base, 'weights', [...badText, ...badWeights]),
  ...['year', 'normalise'].flatMap((name) => queryCases(path, base, name)),
]
const exportCases = (path: string) => [
  ...['kind', 'indicator', 'year'].flatMap((name) =>
    queryCases(path, { kind: 'indicator', indicator: 'poverty_rate', year: '2024' }, name),
  ),
  ...rankingCases(path, { kind: 'ranking', ...rankingParameters }),
]
const template = { indicator: 'poverty_rate', year: '2025', layout: 'long', format: 'csv' }
const history = { unit: '06040', vintage: '2025', indicator: 'poverty_rate', year: '2025' }
// Valid values are recorded as corrections (the test removes them afterwards).
const correction = {
  indicator: 'poverty_rate',
  unit: '06040',
  vintage: '2025',
  year: 2025,
  value: 140,
  note: 'fuzz',
  document: 'fuzz',
}
const importPath = (action: string): FuzzRoute => ({
  callers: anyone,
  cases: () => pathCases(`/api/imports/:id${action}`, 'id'),
})

const report = { year: '2025', lang: 'vi', format: 'html', weights: 'poverty_rate:1', normalise: 'rank' }

export function dataRouteCases(): Record<string, FuzzRoute> {
  return {
    'GET /api/health': noParameters('/api/health'),
    'GET /api/health/ready': noParameters('/api/health/ready'),
    'GET /api/config': noParameters('/api/config'),
    'GET /api/units': {
      callers: anyone,
      cases: () =>
        ['level', 'vintage', 'detail', 'zoom'].flatMap((name) =>
          queryCases('/api/units', { level: 'district', vintage: '2021', detail: 'low', zoom: '8' }, name),
        ),
    },
    'GET /api/units/:code': {
      callers: anyone,
      cases: () => [...pathCases('/api/units/:code', 'code'), ...queryCases('/api/units/06184', {}, 'vintage')],
    },
    'GET /api/units/:code/former': {
      callers: anyone,
      cases: () => [
        ...pathCases('/api/units/:code/former', 'code'),
        ...queryCases('/api/units/06040/former', {}, 'year'),
      ],
    },
    'GET /api/indicators': noParameters('/api/indicators'),
    'GET /api/indicators/:code/values': {
      callers: anyone,
      cases: () => [
        ...pathCases('/api/indicators/:code/values', 'code'),
        ...['year', 'vintage', 'level', 'commune'].flatMap((name) =>
          queryCases('/api/indicators/poverty_rate/values', { year: '2024', commune: '06184' }, name),
        ),
      ],
    },
    'GET /api/villages': { callers: anyone, cases: () => queryCases('/api/villages', {}, 'commune') },
    'GET /api/search': {
      callers: anyone,
      cases: () => ['q', 'limit'].flatMap((name) => queryCases('/api/search', { q: 'dong', limit: '3' }, name)),
    },
    'GET /api/border': { callers: anyone, cases: () => queryCases('/api/border', { detail: 'low' }, 'detail') },
    'GET /api/ranking': { callers: anyone, cases: () => rankingCases('/api/ranking', rankingParameters) },
    'GET /api/targets': { callers: anyone, cases: () => queryCases('/api/targets', {}, 'year') },
    // The progress report (issue 11 §1): its parameters, one at a time, the page (cheaper than the Word file).
    'GET /api/reports/progress': {
      callers: anyone,
      cases: () =>
        ['year', 'lang', 'format', 'weights', 'normalise'].flatMap((name) =>
          queryCases('/api/reports/progress', report, name),
        ),
    },
    'GET /api/export.csv': { callers: anyone, cases: () => exportCases('/api/export.csv') },
    'GET /api/export.geojson': { callers: anyone, cases: () => exportCases('/api/export.geojson') },
    'GET /api/imports/template': {
      callers: anyone,
      cases: () => Object.keys(template).flatMap((name) => queryCases('/api/imports/template', template, name)),
    },
    'POST /api/imports': {
      callers: anyone,
      cases: () => [...uploadCases('/api/imports', badText), ...bodyCases('/api/imports', {})],
    },
    'GET /api/imports': noParameters('/api/imports'),
    'GET /api/imports/:id': importPath(''),
    'GET /api/imports/:id/history': importPath('/history'),
    'POST /api/imports/:id/publish': importPath('/publish'),
    'POST /api/imports/:id/discard': importPath('/discard'),
    'POST /api/imports/:id/rollback': importPath('/rollback'),
    'GET /api/values/history': {
      callers: anyone,
      cases: () => Object.keys(history).flatMap((name) => queryCases('/api/values/history', history, name)),
    },
    'POST /api/values': { callers: anyone, cases: () => bodyFuzz('/api/values', correction) },
  }
}
