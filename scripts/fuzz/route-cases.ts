import { accountRouteCases } from './account-route-cases'
import { allocationRouteCases } from './allocation-route-cases'
import { dataRouteCases } from './data-route-cases'
import type { FuzzRoute } from './fuzz-route'
import { ogcRouteCases } from './ogc-route-cases'
import { zoneRouteCases } from './zone-route-cases'

export type { CallerName, Fixture, FuzzRoute } from './fuzz-route'

// The malformed requests made for each route's own parameters, one entry per registered route
// (test/server/routes/fuzz.test.ts fails when a route has none; npm run fuzz adds the generic cases
// of generic-cases.ts to every route the app registers, listed or not).

/** Every route's own cases; `tag` makes the names they create unique to the run. */
export function routeCases(tag: string): Record<string, FuzzRoute> {
  return {
    ...accountRouteCases(tag),
    ...zoneRouteCases(tag),
    ...dataRouteCases(),
    ...ogcRouteCases(),
    ...allocationRouteCases(),
  }
}
