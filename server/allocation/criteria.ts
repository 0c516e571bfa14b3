import type { Message } from '../message'

// The criteria of the allocation and their default coefficients (issue 11 §2). The defaults follow
// the rule that divides the national target program's capital among provinces in 2026–2030
// (geodata/reference/allocation_criteria.csv: a secondary summary on vietnam.vn of the Prime
// Minister's allocation decision; its number and article were not read). The portal applies it
// within the province as a starting point a planner edits, not as a rule the province adopted.

/** The classes of a commune; a commune takes the highest coefficient of those it belongs to. */
export const communeClasses = ['regionIII', 'safeZone', 'border', 'regionII', 'regionI', 'other'] as const
export type CommuneClass = (typeof communeClasses)[number]

/** A coefficient per class, and the points per especially difficult village. */
export type Coefficients = Record<CommuneClass, number> & { village: number }

// allocation_criteria.csv: COM_KV3_ATK_BORDER_ISLAND_SZ 50 (region III, safe zone, border, island,
// special zone; Lạng Sơn has no island and no special zone), COM_KV2 40, COM_KV1 30, COM_OTHER 25,
// VIL_DBKK 1 per village.
export const defaultCoefficients: Coefficients = {
  regionIII: 50,
  safeZone: 50,
  border: 50,
  regionII: 40,
  regionI: 30,
  other: 25,
  village: 1,
}

/** Optional criteria: each adds up to `weight` points, in proportion to the commune's value. */
export const optionalCriteria = ['population', 'ethnicMinorityShare', 'povertyRate', 'disadvantage'] as const
export type OptionalCriterion = (typeof optionalCriteria)[number]
export type Criterion = { code: OptionalCriterion; weight: number }

export type Region = 'I' | 'II' | 'III' | 'none'

/** A planner's own value for one commune, replacing what the portal holds. */
export type Override = {
  code: string
  region?: Region
  safeZone?: boolean
  border?: boolean
  villages?: number
  ethnicMinorityShare?: number
}
export const overrideFields = ['region', 'safeZone', 'border', 'villages', 'ethnicMinorityShare'] as const
export type OverrideField = (typeof overrideFields)[number]

/** Whole million VND (issue 11 §2). */
export const totalLimits = { least: 1, most: 10_000_000 } as const

export const criteriaSource: Message = {
  vi: 'Hệ số phân bổ vốn Chương trình MTQG giai đoạn 2026–2030 giữa các tỉnh (Quyết định của Thủ tướng Chính phủ, theo bản tóm tắt trên vietnam.vn: https://www.vietnam.vn/en/phan-bo-nguon-luc-tap-trung-uu-tien-vung-kho-khan; chưa đọc được số hiệu và điều khoản) — geodata/reference/allocation_criteria.csv',
  en: "Coefficients dividing the national target program's capital among provinces in 2026–2030 (the Prime Minister's decision, as summarised on vietnam.vn: https://www.vietnam.vn/en/phan-bo-nguon-luc-tap-trung-uu-tien-vung-kho-khan; its number and article were not read) — geodata/reference/allocation_criteria.csv",
}
