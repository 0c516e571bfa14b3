import type { Sql } from '../../server/db'
import { parseWeights } from '../../server/planning/weights'
import { indicatorLayer } from '../../server/sql/indicator-layer'
import { listIndicators } from '../../server/sql/indicators'
import { communeRanking } from '../../server/sql/ranking'
import { search } from '../../server/sql/search'
import { planScoreboard } from '../../server/sql/targets'
import { unitDetail } from '../../server/sql/unit-detail'
import { unitsGeoJson } from '../../server/sql/units'
import { villagesGeoJson } from '../../server/sql/villages'

// The routes the load benchmark asks (health is left out), each with the SQL functions its route
// calls: the "raw" figure is the database answering exactly that, without the portal around it.

export type LoadRoute = {
  path: string
  /** Public answers at 16 connections; the planner's heavy answers at 4, signed in. */
  caller: 'public' | 'planner'
  raw: (sql: Sql) => Promise<unknown>
}

const weights = parseWeights('poverty_rate:2,village_road_hardened:1,clean_water:1,forest_cover:1')
if ('problem' in weights) throw new Error('bad benchmark weights')

export const loadRoutes: LoadRoute[] = [
  {
    path: '/api/units?level=commune&vintage=2025',
    caller: 'public',
    raw: (sql) => unitsGeoJson(sql, { level: 'commune', vintage: '2025', detail: 'medium' }),
  },
  { path: '/api/units/06184', caller: 'public', raw: (sql) => unitDetail(sql, '06184') },
  {
    path: '/api/indicators/forest_cover/values?year=2025&vintage=2025',
    caller: 'public',
    raw: (sql) => indicatorLayer(sql, { indicator: 'forest_cover', year: 2025, vintage: '2025', level: 'commune' }),
  },
  { path: '/api/villages', caller: 'public', raw: (sql) => villagesGeoJson(sql, {}) },
  { path: '/api/indicators', caller: 'public', raw: (sql) => listIndicators(sql) },
  { path: '/api/search?q=bac%20son', caller: 'public', raw: (sql) => search(sql, 'bac son', 30) },
  { path: '/api/units/06184', caller: 'planner', raw: (sql) => unitDetail(sql, '06184') },
  {
    path: '/api/indicators/forest_cover/values?year=2025&vintage=2025',
    caller: 'planner',
    raw: (sql) => indicatorLayer(sql, { indicator: 'forest_cover', year: 2025, vintage: '2025', level: 'commune' }),
  },
  {
    path: '/api/ranking?year=2025&weights=poverty_rate:2,village_road_hardened:1,clean_water:1,forest_cover:1',
    caller: 'planner',
    raw: (sql) => communeRanking(sql, { year: 2025, weights: weights.weights, normalise: 'minmax' }),
  },
  { path: '/api/targets?year=2025', caller: 'planner', raw: (sql) => planScoreboard(sql, { year: 2025 }) },
]

export const connectionsOf = (route: LoadRoute) => (route.caller === 'public' ? 16 : 4)
