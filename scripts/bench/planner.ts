import type { Sql } from '../../server/db'
import { actAs } from '../../server/sql/caller-role'
import { communeRanking } from '../../server/sql/ranking'
import { planScoreboard } from '../../server/sql/targets'

// The planner's heaviest answers, as a request runs them: in one transaction as portal_app with
// the planner role (row-level security applies), so a costly policy shows here as it would in use.

type Answer = { label: string; milliseconds: number }

async function asPlanner<T>(sql: Sql, work: (tx: Sql) => Promise<T>): Promise<T> {
  return sql.begin(async (transaction) => {
    const tx = transaction as unknown as Sql
    await actAs(tx, ['planner'])
    return work(tx)
  }) as Promise<T>
}

/** The median of three runs (the first warms the caches). */
async function median(sql: Sql, work: (tx: Sql) => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now()
    await asPlanner(sql, work)
    times.push(performance.now() - start)
  }
  return Math.round(times.sort((a, b) => a - b)[1]!)
}

export async function plannerAnswers(sql: Sql): Promise<Answer[]> {
  const headline = [
    { code: 'especially_difficult_commune', weight: 1 },
    { code: 'village_road_hardened', weight: 1 },
    { code: 'cultural_house', weight: 1 },
    { code: 'forest_cover', weight: 1 },
  ]
  // The first scoreboard after a change computes the figures of the new version (0016); the rest read them.
  const computing = await median(sql, async (tx) => {
    await tx`delete from plan_figures`
    return planScoreboard(tx, {})
  })
  return [
    {
      label: 'plan scoreboard, first after a change (computes every target, 2021–2026)',
      milliseconds: computing,
    },
    {
      label: 'plan scoreboard, later (the figures of the version kept)',
      milliseconds: await median(sql, (tx) => planScoreboard(tx, {})),
    },
    {
      label: 'ranking, 4 headline indicators, 2025',
      milliseconds: await median(sql, (tx) =>
        communeRanking(tx, { year: 2025, weights: headline, normalise: 'minmax' }),
      ),
    },
  ]
}
