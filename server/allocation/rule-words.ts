import type { Message } from '../message'
import { both, numberIn } from '../planning/number-words'
import { communeClass } from './commune-class'
import {
  type Coefficients,
  type CommuneClass,
  type Criterion,
  criteriaSource,
  defaultCoefficients,
  type OptionalCriterion,
} from './criteria'
import { criterionNames } from './optional-terms'

// The allocation rule in words, Vietnamese and English, built from the coefficients in use, so the
// screen, the exports and the methodology page say what the rule computed (CONVENTIONS 16).

export const classNames: Record<CommuneClass, Message> = {
  regionIII: { vi: 'xã khu vực III', en: 'region III commune' },
  safeZone: { vi: 'xã an toàn khu (ATK)', en: 'safe-zone (ATK) commune' },
  border: { vi: 'xã biên giới', en: 'border commune' },
  regionII: { vi: 'xã khu vực II', en: 'region II commune' },
  regionI: { vi: 'xã khu vực I', en: 'region I commune' },
  other: { vi: 'xã còn lại', en: 'other commune' },
}

const criterionSources: Record<OptionalCriterion, Message> = {
  population: {
    vi: 'dân số mới nhất của xã (2025, chính thức)',
    en: "the commune's latest population (2025, official)",
  },
  ethnicMinorityShare: {
    vi: 'tỷ lệ % do kịch bản nhập cho từng xã (cổng thông tin chưa có số liệu này)',
    en: 'the percentage the scenario gives each commune (the portal holds no such figure)',
  },
  povertyRate: { vi: 'tỷ lệ hộ nghèo năm 2026', en: 'the poverty rate of 2026' },
  disadvantage: {
    vi: 'điểm khó khăn 0–100 của bảng xếp hạng đã chọn',
    en: 'the 0–100 disadvantage score of the chosen ranking',
  },
}

/** "each commune's score = …; amount = …", with the coefficients and criteria of the scenario. */
export function formulaWords(coefficients: Coefficients, criteria: Criterion[]): Message {
  const c = (name: keyof Coefficients, language: keyof Message) => numberIn(coefficients[name], language)
  const weighted = criteria.filter((criterion) => criterion.weight > 0)
  return both((language) => {
    const terms = weighted
      .map((criterion) =>
        language === 'vi'
          ? ` + ${numberIn(criterion.weight, 'vi')} × ${criterionNames[criterion.code].vi} của xã ÷ ${criterionNames[criterion.code].vi} lớn nhất trong các xã`
          : ` + ${numberIn(criterion.weight, 'en')} × the commune's ${criterionNames[criterion.code].en} ÷ the largest ${criterionNames[criterion.code].en} among the communes`,
      )
      .join('')
    return language === 'vi'
      ? `Điểm của xã = hệ số loại xã (chỉ lấy hệ số cao nhất mà xã có: khu vực III ${c('regionIII', 'vi')}, an toàn khu ${c('safeZone', 'vi')}, biên giới ${c('border', 'vi')}, khu vực II ${c('regionII', 'vi')}, khu vực I ${c('regionI', 'vi')}, xã còn lại ${c('other', 'vi')}) + ${c('village', 'vi')} × số thôn đặc biệt khó khăn${terms}. Vốn của xã = tổng vốn × điểm của xã ÷ tổng điểm của các xã, làm tròn đến triệu đồng theo phương pháp phần dư lớn nhất (phần dư bằng nhau thì xã có mã nhỏ hơn trước), nên tổng các xã đúng bằng tổng vốn.`
      : `A commune's score = its class coefficient (only the highest it holds: region III ${c('regionIII', 'en')}, safe zone ${c('safeZone', 'en')}, border ${c('border', 'en')}, region II ${c('regionII', 'en')}, region I ${c('regionI', 'en')}, other ${c('other', 'en')}) + ${c('village', 'en')} × its especially difficult villages${terms}. Its amount = total × its score ÷ the sum of all scores, in whole million VND by the largest-remainder method (equal remainders: the lower commune code first), so the amounts add up exactly to the total.`
  })
}

/** The worked example: a region III commune with 4 especially difficult villages (54 with the defaults). */
export function workedExample(coefficients: Coefficients): Message {
  const chosen = communeClass({ region: 'III', safeZone: false, border: false }, coefficients)
  const score = chosen.coefficient + 4 * coefficients.village
  return both((language) =>
    language === 'vi'
      ? `Ví dụ: một xã khu vực III có 4 thôn đặc biệt khó khăn được ${numberIn(chosen.coefficient, 'vi')} + 4 × ${numberIn(coefficients.village, 'vi')} = ${numberIn(score, 'vi')} điểm.`
      : `Example: a region III commune with 4 especially difficult villages scores ${numberIn(chosen.coefficient, 'en')} + 4 × ${numberIn(coefficients.village, 'en')} = ${numberIn(score, 'en')}.`,
  )
}

/** The optional criteria's rules, one sentence each, for the screen. */
export const criterionRules: Record<OptionalCriterion, Message> = Object.fromEntries(
  (Object.keys(criterionSources) as OptionalCriterion[]).map((code) => [
    code,
    {
      vi: `${criterionNames[code].vi[0]!.toUpperCase()}${criterionNames[code].vi.slice(1)}: thêm tối đa "trọng số" điểm, theo tỷ lệ giá trị của xã so với xã có giá trị lớn nhất; giá trị: ${criterionSources[code].vi}.`,
      en: `${criterionNames[code].en[0]!.toUpperCase()}${criterionNames[code].en.slice(1)}: adds up to "weight" points, in proportion to the commune's value against the largest; value: ${criterionSources[code].en}.`,
    },
  ]),
) as Record<OptionalCriterion, Message>

export const startingPoint: Message = {
  vi: 'Công thức mặc định theo quy tắc phân bổ vốn Chương trình MTQG giữa các tỉnh giai đoạn 2026–2030, áp dụng trong tỉnh làm điểm xuất phát để cán bộ kế hoạch điều chỉnh; đây không phải quy định phân bổ vốn đã được tỉnh ban hành.',
  en: "The default formula follows the rule dividing the national target program's capital among provinces in 2026–2030, applied within the province as a starting point for planners to adjust; it is not an allocation rule the province has adopted.",
}

export const inputsNote: Message = {
  vi: 'Khu vực (I/II/III) và số thôn đặc biệt khó khăn của từng xã chưa được công bố theo từng xã (chỉ có tổng 385/1.646 thôn và 16 đơn vị không còn thôn đặc biệt khó khăn, quyết định của UBND tỉnh ngày 29/01/2026): khu vực từng xã hiện là dữ liệu mẫu, số thôn đếm trên các thôn có trên bản đồ. Xã biên giới: có ít nhất 0,5 km đường biên giới (tham khảo) trong phạm vi 200 m, tính từ đường biên giới và ranh giới xã công khai. Chưa có danh sách xã an toàn khu (ATK). Mọi giá trị có thể được điều chỉnh trong kịch bản.',
  en: "Each commune's region (I/II/III) and count of especially difficult villages are not published per commune (only the total of 385 of 1,646 villages and the 16 units without any, provincial decision of 29/01/2026): the region of each commune is sample data today, and villages are counted among the mapped villages. Border communes: at least 0.5 km of the (indicative) border line within 200 m, computed from the public border line and commune boundaries. No list of safe-zone (ATK) communes is held. A scenario can override every value.",
}

export const optionalWords: Message = {
  vi: 'Tiêu chí bổ sung (không bắt buộc): mỗi tiêu chí có trọng số w cộng thêm w × giá trị của xã ÷ giá trị lớn nhất trong 65 xã, tức tối đa w điểm; xã có giá trị gấp đôi được gấp đôi số điểm. Tiêu chí mà có xã thiếu số liệu thì không được tính (không coi là 0): kịch bản bị từ chối và nêu tên các xã thiếu.',
  en: "Optional criteria: each with a weight w adds w × the commune's value ÷ the largest value among the 65 communes, so at most w points; a commune with twice the value gets twice the points. A criterion some commune has no value for is not counted as 0: the scenario is refused, naming the communes without one.",
}

/** Everything the screen and the methodology say about the rule, for these coefficients and criteria. */
export function allocationWords(coefficients: Coefficients, criteria: Criterion[]) {
  return {
    formula: formulaWords(coefficients, criteria),
    example: workedExample(coefficients),
    startingPoint,
    inputs: inputsNote,
    source: criteriaSource,
    optional: optionalWords,
    classes: classNames,
    criteria: criterionRules,
    criterionNames,
  }
}

/**
 * The rule with its default coefficients and no optional criterion (GET /api/config): the
 * methodology page's words, and the defaults the allocation form starts from.
 */
export const defaultAllocationWords = { ...allocationWords(defaultCoefficients, []), coefficients: defaultCoefficients }
