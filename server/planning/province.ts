import type { Message } from '../message'
import type { Provenance, UnitValue } from '../sql/indicator-values'
import { carry, isCarryRule, provinceCarryWords } from './carry'
import { both, numberIn } from './number-words'
import { weakestProvenance } from './provenance'

// The province figure of an indicator in one year, for the plan's scoreboard: an official figure
// wins for the years it covers; otherwise it is computed from the communes by the indicator's carry
// rule (planning/carry.ts), and says in words what it counts.

export type ProvinceValue = {
  year: number
  value: number
  provenance: Provenance | null
  /** official: an official figure for the province; stored: the only figure there is (province-only
   * indicators such as income, whatever its provenance); computed: from the communes. */
  method: 'official' | 'stored' | 'computed'
  source: string | null
  /** What the figure is, in words: "272 trong số 1.351 thôn có trên bản đồ", "số liệu chính thức …". */
  words: Message
}
export type ProvinceIndicator = { code: string; valueType: string; measuredAt: string; carryRule: string }
export type StoredValue = {
  indicator: string
  year: number
  valueNumber: number | null
  provenance: Provenance
  source: string
  /** An official province total of a period (official_total): the whole it is counted in, if known. */
  outOf?: number | null
}
/** Per year, how many units of the 2021 list were in region III, assessed, and had yes (flag and status indicators). */
export type FormerListTotal = {
  indicator: string
  year: number
  units: number
  regionIii: number
  assessed: number
  yes: number
  provenances: Provenance[]
}
export type CommuneSize = { population: number | null; areaKm2: number | null }

/** From the 65 communes' values of one year, by the rule; null when no commune has a value. */
export function fromCommunes(
  indicator: ProvinceIndicator,
  rows: UnitValue[],
  sizes: Map<string, CommuneSize>,
): { value: number; words: Message; rows: UnitValue[] } | null {
  const statuses = rows.filter((row) => row.valueCategory !== null)
  // A status counts communes (the goal is none in region III); a carried share of former units is no status.
  if (indicator.valueType === 'category') {
    if (statuses.length === 0) return null
    const value = statuses.filter((row) => row.valueCategory === 'III').length
    const words = both((language) =>
      language === 'vi'
        ? `số xã khu vực III trong ${statuses.length} xã`
        : `communes in region III of ${statuses.length}`,
    )
    return { value, words, rows: statuses }
  }
  const rule = indicator.valueType === 'flag' ? 'share_of_former_yes' : indicator.carryRule
  const used = rows.filter((row) =>
    indicator.valueType === 'flag' ? row.valueFlag !== null : row.valueNumber !== null,
  )
  if (used.length === 0 || !isCarryRule(rule)) return null
  // Each commune whole (share 1), weighted by its 2025 population, its area or its mapped villages.
  const parts = used.map((row) => {
    const size = sizes.get(row.code)
    return { ...row, share: 1, people: size?.population ?? null, areaKm2: size?.areaKm2 ?? null }
  })
  const value = carry(rule, parts)
  if (value === null) return null
  const villages = used.reduce((sum, row) => sum + (row.villages ?? 0), 0)
  const words: Message =
    rule === 'village_count'
      ? both((language) =>
          language === 'vi'
            ? `${numberIn(value, 'vi')} trong số ${numberIn(villages, 'vi')} thôn có trên bản đồ`
            : `${numberIn(value, 'en')} of the ${numberIn(villages, 'en')} mapped villages`,
        )
      : rule === 'share_of_former_yes'
        ? both((language) =>
            language === 'vi'
              ? `tỷ lệ xã đạt trong ${used.length} xã được đánh giá`
              : `share of the ${used.length} communes assessed with yes`,
          )
        : (provinceCarryWords[rule] ?? { vi: rule, en: rule })
  return { value, words, rows: used }
}

/** From the 2021 list (before the merger a commune's status or yes/no was its own, not a share). */
function fromFormerList(indicator: ProvinceIndicator, list: FormerListTotal): { value: number; words: Message } | null {
  if (indicator.valueType === 'category')
    return {
      value: list.regionIii,
      words: both((language) =>
        language === 'vi'
          ? `số xã khu vực III trong ${list.units} xã của danh sách 2021`
          : `communes in region III of the ${list.units} of the 2021 list`,
      ),
    }
  if (list.assessed === 0) return null
  // The same share-of-yes rule over the tally: the units with yes, and those assessed with no.
  return {
    value: carry('share_of_former_yes', [
      { valueNumber: null, valueCategory: null, valueFlag: true, share: list.yes, people: null, areaKm2: null },
      {
        valueNumber: null,
        valueCategory: null,
        valueFlag: false,
        share: list.assessed - list.yes,
        people: null,
        areaKm2: null,
      },
    ])!,
    words: both((language) =>
      language === 'vi'
        ? `tỷ lệ xã đạt trong ${list.assessed} xã của danh sách 2021 được đánh giá`
        : `share of the ${list.assessed} communes of the 2021 list assessed with yes`,
    ),
  }
}

function storedWords(stored: StoredValue): Message {
  if (stored.provenance !== 'official') return { vi: 'số liệu của tỉnh', en: 'the province figure' }
  if (!stored.outOf) return { vi: 'số liệu chính thức của tỉnh', en: 'official province figure' }
  return both((language) =>
    language === 'vi'
      ? `số liệu chính thức: ${numberIn(stored.valueNumber ?? 0, 'vi')} trong số ${numberIn(stored.outOf!, 'vi')}`
      : `official figure: ${numberIn(stored.valueNumber ?? 0, 'en')} of ${numberIn(stored.outOf!, 'en')}`,
  )
}

/** The province figure of one indicator in each year that has one. */
export function provinceSeries(
  indicator: ProvinceIndicator,
  years: number[],
  inputs: {
    stored: StoredValue[]
    communeRows: UnitValue[]
    formerList: FormerListTotal[]
    sizes: Map<string, CommuneSize>
  },
): ProvinceValue[] {
  return years.flatMap((year): ProvinceValue[] => {
    const stored = inputs.stored.find((row) => row.indicator === indicator.code && row.year === year)
    if (stored?.valueNumber != null && (stored.provenance === 'official' || indicator.measuredAt === 'province')) {
      const method = stored.provenance === 'official' ? 'official' : 'stored'
      const { provenance, source } = stored
      return [{ year, value: stored.valueNumber, provenance, method, source, words: storedWords(stored) }]
    }
    const rows = inputs.communeRows.filter((row) => row.indicator === indicator.code && row.year === year)
    const communes = fromCommunes(indicator, rows, inputs.sizes)
    if (communes) {
      const provenance = weakestProvenance(communes.rows.map((row) => row.provenance))
      const source = `Computed from ${communes.rows.length} of the 65 communes: ${communes.words.en}`
      return [{ year, value: communes.value, provenance, method: 'computed', source, words: communes.words }]
    }
    const list = inputs.formerList.find((row) => row.indicator === indicator.code && row.year === year)
    const former = list ? fromFormerList(indicator, list) : null
    if (!list || !former) return []
    const provenance = weakestProvenance(list.provenances)
    return [
      {
        year,
        value: former.value,
        provenance,
        method: 'computed',
        source: `Computed: ${former.words.en}`,
        words: former.words,
      },
    ]
  })
}
