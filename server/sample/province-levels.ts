// Province-wide levels that the sample is built around, year by year (2021–2026). These are
// invented but plausible trajectories towards the plan's targets; where an official province figure
// exists (poor-household rate 2021 and 2024) the generator replaces the invented level with it.
// Nothing here is official: every value written from it is stored with provenance "sample".

export const sampleYears = [2021, 2022, 2023, 2024, 2025, 2026] as const
export type SampleYear = (typeof sampleYears)[number]
type Levels = readonly [number, number, number, number, number, number]

/**
 * Shares (0–100) of a population (or, for forest cover, of land) with a deficit-based spread:
 * `spread` > 0 puts more of the deficit in remote communes, < 0 in central ones (forest). Which
 * weight a share takes, and whether lower is better, the catalogue says (carry_rule, better).
 */
export const percentLevels: Record<string, { levels: Levels; spread: number }> = {
  poverty_rate: { levels: [12.2, 9.25, 6.3, 3.36, 1.4, 1.2], spread: 3.2 },
  clean_water: { levels: [93.5, 95, 96.5, 97.6, 98.4, 98.8], spread: 1.5 },
  grid_electricity: { levels: [97.6, 98.2, 98.7, 99.1, 99.4, 99.5], spread: 2 },
  solid_classrooms: { levels: [84, 87, 90, 92.5, 94.5, 95.5], spread: 1.2 },
  literacy: { levels: [95.2, 95.8, 96.4, 96.9, 97.4, 97.7], spread: 1.8 },
  health_insurance: { levels: [96.5, 96.8, 97.1, 97.4, 97.7, 97.9], spread: 1 },
  antenatal_care: { levels: [78, 80.5, 83, 85, 86.5, 87.5], spread: 1.2 },
  stunting_under5: { levels: [22.5, 21.3, 20.1, 19, 18, 17.2], spread: 0.8 },
  trained_labour: { levels: [55, 57.5, 60, 62, 63.8, 65.2], spread: 0.8 },
  tv_radio: { levels: [97, 97.8, 98.5, 99, 99.4, 99.6], spread: 1.5 },
  forest_cover: { levels: [63, 63.4, 63.8, 64.2, 64.6, 65], spread: -1 },
}

/** Share (0–1) of communes where a yes/no indicator is yes; central communes reach it first. */
export const flagShares: Record<string, { shares: Levels; ruralOnly: boolean }> = {
  commune_road_paved: { shares: [0.88, 0.91, 0.94, 0.96, 0.98, 1], ruralOnly: false },
  lower_secondary_level3: { shares: [0.7, 0.76, 0.82, 0.87, 0.92, 0.94], ruralOnly: false },
  health_criteria: { shares: [0.8, 0.85, 0.9, 0.94, 0.97, 0.985], ruralOnly: false },
  // The new-rural standard is assessed for xã only, not for wards and towns.
  new_rural_standard: { shares: [0.42, 0.46, 0.5, 0.54, 0.58, 0.62], ruralOnly: true },
}

/** Province totals of counts, shared out over the communes. */
export const countTotals: Record<string, Levels> = {
  standard_schools: [232, 248, 265, 282, 300, 312],
  temporary_houses: [2400, 1600, 900, 400, 120, 40],
}

/** Share (0–1) of mapped villages where a village flag is yes; villages near the city reach it first. */
export const villageShares: Record<string, Levels> = {
  village_road_hardened: [0.62, 0.67, 0.72, 0.76, 0.79, 0.82],
  cultural_house: [0.4, 0.45, 0.5, 0.54, 0.57, 0.6],
  culture_club: [0.3, 0.35, 0.4, 0.44, 0.47, 0.5],
}

/** Per-capita income of the province (USD), the one province-only indicator with no official series. */
export const incomeLevels: Levels = [2150, 2320, 2480, 2640, 2800, 2950]

export const levelOf = <T>(levels: readonly T[], year: SampleYear): T => levels[sampleYears.indexOf(year)]!
