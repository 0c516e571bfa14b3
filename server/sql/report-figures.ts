import type { Sql } from '../db'
import type { Normalise } from '../planning/normalise'
import { headlineWeights, type Weight } from '../planning/weights'
import { publicVersion } from './caller-role'
import { indicatorLayer } from './indicator-layer'
import { listIndicators } from './indicators'
import { communeRanking } from './ranking'
import { reportOutlines } from './report-outlines'
import { planScoreboard } from './targets'

// Everything the progress report shows (issue 11 §1), from the functions behind the screens: the
// scoreboard (/api/targets), the map's layers (/api/indicators/:code/values) and the ranking
// (/api/ranking). Nothing here computes a figure of its own, so the report cannot disagree with them.

export type ReportRequest = { year: number; weights?: Weight[]; normalise: Normalise }

async function gather(sql: Sql, request: ReportRequest) {
  const catalogue = await listIndicators(sql)
  const weights = request.weights ?? headlineWeights(catalogue)
  const ranking = await communeRanking(sql, { year: request.year, weights, normalise: request.normalise })
  if ('error' in ranking) return ranking
  const scoreboard = await planScoreboard(sql, { year: request.year })
  const headline = catalogue.filter((indicator) => indicator.headline !== null && indicator.measuredAt !== 'province')
  const maps = []
  for (const indicator of headline) {
    const layer = await indicatorLayer(sql, {
      indicator: indicator.code,
      year: request.year,
      vintage: '2025',
      level: 'commune',
    })
    if (!('error' in layer)) maps.push({ indicator, layer })
  }
  return { year: request.year, catalogue, scoreboard, ranking, maps, outlines: await reportOutlines(sql) }
}

/**
 * The report's figures, all of one public data version (0010): the request's transaction reads
 * committed data statement by statement, so a publish could land between two of them. The version
 * moves in the same transaction as any public change, so when it is the same after the last
 * statement as before the first, every statement saw the same data; otherwise gather again.
 */
export async function reportFigures(sql: Sql, request: ReportRequest, seenVersion: number) {
  let version = seenVersion
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const figures = await gather(sql, request)
    if ('error' in figures) return figures
    const now = await publicVersion(sql)
    if (now === version) return { ...figures, version }
    version = now
  }
  return { changing: true as const }
}

export type ReportFigures = Extract<Awaited<ReturnType<typeof reportFigures>>, { version: number }>
export type MapFigure = ReportFigures['maps'][number]
