import type { Message } from '../message'
import type { Criterion, OptionalCriterion } from './criteria'
import type { CommuneInputs } from './inputs'

// An optional criterion adds at most its weight in points: term = weight × value ÷ the largest
// value among the communes (every value is 0 or more: people, percentages, a score of 0–100), so a
// commune with twice the value gets twice the points. A criterion some commune has no value for is
// refused, never counted as zero (as the ranking leaves such a commune unranked).

export const criterionNames: Record<OptionalCriterion, Message> = {
  population: { vi: 'dân số', en: 'population' },
  ethnicMinorityShare: { vi: 'tỷ lệ người dân tộc thiểu số', en: 'ethnic-minority share' },
  povertyRate: { vi: 'tỷ lệ hộ nghèo', en: 'poverty rate' },
  disadvantage: { vi: 'điểm khó khăn của bảng xếp hạng', en: 'disadvantage score of the ranking' },
}

export type Terms = Map<string, Partial<Record<OptionalCriterion, number>>>

/** Each commune's points per weighted criterion, or which criterion lacks values and where. */
export function optionalTerms(
  communes: CommuneInputs[],
  criteria: Criterion[],
): { terms: Terms } | { problem: Message } {
  const terms: Terms = new Map(communes.map((commune) => [commune.code, {}]))
  for (const { code, weight } of criteria) {
    if (weight === 0) continue
    const missing = communes.filter((commune) => commune[code].value === null)
    if (missing.length > 0) return { problem: missingValues(code, missing) }
    const largest = Math.max(...communes.map((commune) => commune[code].value!))
    for (const commune of communes)
      terms.get(commune.code)![code] = largest > 0 ? (weight * commune[code].value!) / largest : 0
  }
  return { terms }
}

function missingValues(code: OptionalCriterion, missing: CommuneInputs[]): Message {
  const names = missing
    .slice(0, 5)
    .map((commune) => `${commune.name} (${commune.code})`)
    .join(', ')
  const more =
    missing.length > 5 ? { vi: ` và ${missing.length - 5} xã khác`, en: ` and ${missing.length - 5} more` } : null
  const hint: Message =
    code === 'ethnicMinorityShare'
      ? {
          vi: 'Cổng thông tin chưa có tỷ lệ này theo từng xã: hãy nhập cho mọi xã trong phần điều chỉnh (tay hoặc tệp CSV).',
          en: 'The portal holds no per-commune figure for it: give it for every commune in the overrides (by hand or by a CSV file).',
        }
      : {
          vi: 'Hãy bỏ tiêu chí này hoặc chọn chỉ tiêu có đủ số liệu.',
          en: 'Drop the criterion or choose indicators with values.',
        }
  return {
    vi: `Tiêu chí ${criterionNames[code].vi} thiếu số liệu ở ${missing.length} xã: ${names}${more?.vi ?? ''}. ${hint.vi}`,
    en: `The criterion ${criterionNames[code].en} has no value for ${missing.length} communes: ${names}${more?.en ?? ''}. ${hint.en}`,
  }
}
