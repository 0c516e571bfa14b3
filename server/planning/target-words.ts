import type { Message } from '../message'
import { amountIn, both, differenceIn, numberIn } from './number-words'
import type { Goal, Point, StatusAnswer } from './target-status'
import { baselineYear, type PlanTarget, type TargetCheck } from './targets'

// The targets and the rules of planning/targets.ts and target-status.ts in words, Vietnamese and
// English, so that every screen and export says the same thing as the server decided.

const symbols: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }

/** "≥ 80 %", "có (mọi xã)", "không còn ở khu vực III", "giảm ≥ 3 điểm %/năm so với năm 2021 (ngưỡng riêng từng xã)". */
export function targetWords(target: PlanTarget, unit: string): Message {
  if (target.operator === 'reduce_pp_per_year')
    return {
      vi: `giảm ≥ ${numberIn(target.value, 'vi')} điểm %/năm so với năm ${baselineYear} (ngưỡng riêng của từng xã)`,
      en: `down ≥ ${numberIn(target.value, 'en')} percentage points a year from ${baselineYear} (each commune its own threshold)`,
    }
  if (unit === 'status') return { vi: 'không còn ở khu vực III', en: 'no longer in region III' }
  if (unit === 'flag' && target.scope === 'commune') return { vi: 'có (mọi xã)', en: 'yes (every commune)' }
  const symbol = symbols[target.operator] ?? target.operator
  if (unit === 'flag')
    return both(
      (language) =>
        `${symbol} ${amountIn(target.value, 'percent', language)}${language === 'vi' ? ' số xã' : ' of the communes'}`,
    )
  return both((language) => `${symbol} ${amountIn(target.value, unit, language)}`)
}

/**
 * Where the plan sets a target, in words: the plan's clause as catalogued ("II.2.1 bullet 4",
 * geodata/reference/plan_targets_nq58.csv) becomes "mục II.2.1, ý thứ 4" / "section II.2.1, bullet 4".
 */
export function clauseWords(clause: string): Message {
  const [section, bullet] = clause.split(' bullet ').map((part) => part.trim())
  return {
    vi: `mục ${section}${bullet ? `, ý thứ ${bullet}` : ''}`,
    en: `section ${section}${bullet ? `, bullet ${bullet}` : ''}`,
  }
}

/**
 * The threshold of one commune in words. For "reduce by N points a year" it is the commune's own:
 * "≤ 6,3 % (mức năm 2021 của xã 18,3 % − 3 điểm % × 4 năm)"; for the others the target itself.
 */
export function thresholdWords(target: PlanTarget, check: TargetCheck, unit: string): Message {
  const baseline = check.baseline
  if (target.operator !== 'reduce_pp_per_year' || baseline === null) return targetWords(target, unit)
  const years = target.year - baselineYear
  return {
    vi: `≤ ${amountIn(check.threshold, unit, 'vi')} (ngưỡng riêng của xã: mức năm ${baselineYear} ${amountIn(baseline, unit, 'vi')} − ${numberIn(target.value, 'vi')} điểm % × ${years} năm${check.threshold === 0 ? ', không dưới 0' : ''})`,
    en: `≤ ${amountIn(check.threshold, unit, 'en')} (this commune's own threshold: its ${baselineYear} value ${amountIn(baseline, unit, 'en')} − ${numberIn(target.value, 'en')} points × ${years} years${check.threshold === 0 ? ', not below 0' : ''})`,
  }
}

/** "met", or how much is missing: "còn thiếu 6,3 điểm %". */
export function gapWords(check: TargetCheck, unit: string): Message {
  if (check.met) return { vi: 'Đạt', en: 'Met' }
  if (unit === 'flag' || unit === 'status') return { vi: 'Chưa đạt', en: 'Not met' }
  return both((language) =>
    language === 'vi'
      ? `Chưa đạt, còn cách ${differenceIn(Math.abs(check.gap), unit, 'vi')}`
      : `Not met, ${differenceIn(Math.abs(check.gap), unit, 'en')} away`,
  )
}

export const goalWords = (goal: Goal, unit: string): Message =>
  both((language) => `${symbols[goal.operator]} ${amountIn(goal.threshold, unit, language)}`)

/** Why a province figure has its status, with the numbers: the latest value, or the trend line to the target year. */
export function statusWords(answer: StatusAnswer, goal: Goal | null, unit: string): Message {
  const { first, latest, projected } = answer
  if (!goal || !first || !latest) return { vi: 'Chưa có số liệu để đánh giá.', en: 'No figure to assess yet.' }
  const value = (point: Point, language: 'vi' | 'en') => `${point.year}: ${amountIn(point.value, unit, language)}`
  const needed = goalWords(goal, unit)
  if (answer.status === 'met')
    return both((language) =>
      language === 'vi'
        ? `Giá trị mới nhất (${value(latest, 'vi')}) đã đạt ${needed.vi}.`
        : `The latest figure (${value(latest, 'en')}) meets ${needed.en}.`,
    )
  if (!projected)
    return both((language) =>
      language === 'vi'
        ? `Chỉ có số liệu năm ${first.year}: chưa có xu hướng để kéo dài; chưa đạt ${needed.vi}.`
        : `Only ${first.year} has a figure: no trend to extend; ${needed.en} not met.`,
    )
  const onTrack = answer.status === 'on-track'
  return both((language) =>
    language === 'vi'
      ? `Xu hướng từ ${value(first, 'vi')} đến ${value(latest, 'vi')}, kéo dài đến năm ${projected.year}: ${amountIn(projected.value, unit, 'vi')}; ${onTrack ? 'đạt' : 'chưa đạt'} ${needed.vi}.`
      : `The trend from ${value(first, 'en')} to ${value(latest, 'en')}, extended to ${projected.year}: ${amountIn(projected.value, unit, 'en')}; ${onTrack ? 'meets' : 'does not meet'} ${needed.en}.`,
  )
}

/** The rules themselves, for the methodology page and the scoreboard's header. */
export const ruleWords = {
  status: {
    vi: 'Trạng thái mục tiêu: “Đã đạt” khi giá trị mới nhất đạt ngưỡng; “Đúng tiến độ” khi đường xu hướng từ giá trị đầu tiên (năm 2021) qua giá trị mới nhất, kéo dài đến năm mục tiêu, đạt ngưỡng; nếu không là “Chậm tiến độ”. Vì vậy cùng một giá trị có thể chậm tiến độ với mục tiêu 2025 nhưng đúng tiến độ với mục tiêu 2030.',
    en: 'Target status: "met" when the latest figure meets the threshold; "on track" when the trend line from the first figure (2021) through the latest, extended to the target year, meets it; otherwise "off track". So one figure can be off track for the 2025 target and on track for the 2030 one.',
  },
  nearMargin: {
    vi: '“Gần đạt” là chưa đạt nhưng cách ngưỡng không quá 10 điểm % (với tỷ lệ) hoặc 20 % giá trị ngưỡng, ít nhất 1 (với số lượng); chỉ tiêu có/không và phân loại khu vực không có mức “gần đạt”.',
    en: '"Near" means not met but within 10 percentage points of the threshold (for shares) or 20 % of the threshold, at least 1 (for counts); yes/no indicators and region statuses have no "near".',
  },
  poverty: {
    vi: 'Mục tiêu giảm tỷ lệ hộ nghèo “≥ 3 điểm %/năm” được tính riêng cho từng xã từ mức năm 2021 của xã: ngưỡng năm Y = mức 2021 − 3 × (Y − 2021), không dưới 0; với toàn tỉnh, từ mức năm 2021 của tỉnh.',
    en: 'The poverty target "down ≥ 3 points a year" is measured per commune from its own 2021 value: the threshold of year Y = the 2021 value − 3 × (Y − 2021), not below 0; for the province, from the province\'s 2021 value.',
  },
} satisfies Record<string, Message>
