import { bodyFuzz, cookieCases, pathCases, queryCases } from './cases'
import { adminCallers, anyone, type CallerName, type FuzzRoute, noParameters } from './fuzz-route'
import { geometryCases, square } from './geometry-cases'

// The defence layers' routes: their own parameters and every bad geometry.

const zoneCallers: CallerName[] = [...anyone, 'border']

/** The name of the zones the cases make (the run removes or ignores them by it). */
export const zoneName = (tag: string) => `fuzz-zone-${tag}`

export function zoneRouteCases(tag: string): Record<string, FuzzRoute> {
  return {
    'GET /api/zones': {
      callers: zoneCallers,
      cases: () => [...queryCases('/api/zones', {}, 'kind'), ...cookieCases('/api/zones?kind=gates')],
    },
    'GET /api/zones/near-border': {
      callers: zoneCallers,
      cases: () =>
        ['level', 'within'].flatMap((name) =>
          queryCases('/api/zones/near-border', { level: 'commune', within: '1' }, name),
        ),
    },
    'GET /api/zones/near-border/export.csv': {
      callers: zoneCallers,
      cases: () =>
        ['level', 'within'].flatMap((name) =>
          queryCases('/api/zones/near-border/export.csv', { level: 'commune', within: '1' }, name),
        ),
    },
    'POST /api/zones/restricted': {
      callers: zoneCallers,
      cases: () => {
        const base = { name: zoneName(tag), note: null, geometry: square }
        return [...geometryCases('/api/zones/restricted', base), ...bodyFuzz('/api/zones/restricted', base)]
      },
    },
    'PATCH /api/zones/restricted/:id': {
      callers: zoneCallers,
      // `deleted: true` is valid and ends the zone: its values come last.
      cases: (f) => {
        const url = `/api/zones/restricted/${f.zoneId}`
        const base = { name: zoneName(tag), note: 'changed', geometry: square }
        return [
          ...pathCases('/api/zones/restricted/:id', 'id', { body: {} }),
          ...geometryCases(url, base),
          ...bodyFuzz(url, base, ['name', 'note', 'geometry', 'deleted']),
        ]
      },
    },
    'GET /api/zones/settings': { ...noParameters('/api/zones/settings'), callers: adminCallers },
    'PUT /api/zones/settings': {
      callers: adminCallers,
      cases: () => bodyFuzz('/api/zones/settings', { widthM: 1000 }),
    },
  }
}
