import type { Message } from '../message'
import type { Ranking } from '../sql/ranking'
import type { ExportTable } from './export-table'
import { attribution, provenanceSummary, sampleWarning } from './export-table'

export const methodText: Record<'minmax' | 'rank', Message> = {
  minmax: {
    vi: 'minmax: mức khó khăn = (x − min)/(max − min) trong các xã được xếp hạng, đảo chiều nếu cao hơn là tốt hơn; bằng 0 cho mọi xã khi mọi giá trị bằng nhau',
    en: 'minmax: disadvantage = (x − min)/(max − min) among the ranked communes, flipped where higher is better; 0 for all when all are equal',
  },
  rank: {
    vi: 'rank: mức khó khăn = bách phân vị của mức kém (r − 1)/(n − 1) trong các xã được xếp hạng, các xã bằng nhau chia thứ hạng trung bình',
    en: 'rank: disadvantage = percentile of badness (r − 1)/(n − 1) among the ranked communes, ties sharing the average rank',
  },
}

const betterWords: Record<string, Message> = {
  higher: { vi: 'cao hơn là tốt hơn', en: 'higher is better' },
  lower: { vi: 'thấp hơn là tốt hơn', en: 'lower is better' },
}

/** The ranking as a table: one row per commune, ranked first, then those without every value. */
export function rankingTable(ranking: Ranking, exportedAt: Date): ExportTable {
  const codes = Object.keys(ranking.weights)
  const provenances = ranking.items.map((item) => item.provenance)
  return {
    fileName: `lang-son-ranking-${ranking.year}`,
    metadata: {
      title: {
        vi: `Lạng Sơn: xếp hạng khó khăn tổng hợp của các xã, ${ranking.year}`,
        en: `Lạng Sơn: composite disadvantage ranking of the communes, ${ranking.year}`,
      },
      what: {
        vi: 'điểm = 100 × Σ trọng số × mức khó khăn / Σ trọng số (100 = khó khăn nhất); hạng 1 = điểm cao nhất, điểm bằng nhau cùng hạng; đóng góp = phần của một chỉ tiêu trong mức khó khăn có trọng số; xã thiếu giá trị của một chỉ tiêu có trọng số thì không xếp hạng',
        en: 'score = 100 × Σ weight × disadvantage / Σ weight (100 = most disadvantaged); rank 1 = highest score, ties share a rank; contribution = an indicator’s share of the weighted disadvantage; communes lacking a value of any weighted indicator have no rank',
      },
      year: ranking.year,
      method: methodText[ranking.method],
      weights: ranking.weights,
      direction: Object.fromEntries(
        codes.map((code) => [code, betterWords[ranking.direction[code] ?? ''] ?? ranking.direction[code] ?? '']),
      ),
      mapping: {
        especially_difficult_commune: {
          vi: 'none=0, I=1, II=2, III=3 (khu vực III khó khăn nhất)',
          en: 'none=0, I=1, II=2, III=3 (region III most disadvantaged)',
        },
        flags: { vi: 'có (yes)=1, không (no)=0', en: 'yes=1, no=0' },
      },
      stability: {
        vi: 'thay đổi lớn nhất về hạng của một xã khi một trọng số bất kỳ tăng hoặc giảm 10 %',
        en: 'the largest change of a commune’s rank when any one weight is 10 % higher or lower',
      },
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
