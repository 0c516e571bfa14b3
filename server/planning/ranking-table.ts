import type { Ranking } from '../sql/ranking'
import type { ExportTable } from './export-table'
import { attribution, provenanceSummary, sampleWarning } from './export-table'

const methodText = {
  minmax:
    'minmax: disadvantage = (x − min)/(max − min) among the ranked communes, flipped where higher is better; 0 for all when all are equal',
  rank: 'rank: disadvantage = percentile of badness (r − 1)/(n − 1) among the ranked communes, ties sharing the average rank',
}

/** The ranking as a table: one row per commune, ranked first, then those without every value. */
export function rankingTable(ranking: Ranking, exportedAt: Date): ExportTable {
  const codes = Object.keys(ranking.weights)
  const provenances = ranking.items.map((item) => item.provenance)
  return {
    fileName: `lang-son-ranking-${ranking.year}`,
    metadata: {
      title: `Lạng Sơn: composite disadvantage ranking of the communes, ${ranking.year}`,
      what: 'score = 100 × Σ weight × disadvantage / Σ weight (100 = most disadvantaged); rank 1 = highest score, ties share a rank; contribution = an indicator’s share of the weighted disadvantage; communes lacking a value of any weighted indicator have no rank',
      year: ranking.year,
      method: methodText[ranking.method],
      weights: ranking.weights,
      direction: Object.fromEntries(codes.map((code) => [code, `${ranking.direction[code]} is better`])),
      mapping: {
        especially_difficult_commune: 'none=0, I=1, II=2, III=3 (region III most disadvantaged)',
        flags: 'yes=1, no=0',
      },
      stability: 'the largest change of a commune’s rank when any one weight is 10 % higher or lower',
      ranked: ranking.items.length - ranking.missing.length,
      unranked: ranking.missing.length,
      provenance: provenanceSummary(provenances),
      ...sampleWarning(provenances),
      attribution,
      exportedAt: exportedAt.toISOString(),
    },
    columns: [
      'rank',
      'code',
      'name',
      'score',
      'population',
      ...codes.flatMap((code) => [`${code}_value`, `${code}_contribution`]),
      'provenance',
      'stability',
    ],
    rows: ranking.items.map((item) => ({
      rank: item.rank,
      code: item.code,
      name: item.name,
      score: item.score,
      population: item.population,
      ...Object.fromEntries(
        codes.flatMap((code) => [
          [`${code}_value`, item.values[code] ?? null],
          [`${code}_contribution`, item.contributions[code] ?? null],
        ]),
      ),
      provenance: item.provenance,
      stability: item.stability,
    })),
  }
}
