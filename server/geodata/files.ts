import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The project's own data package (geodata/ in the repository), found from this file rather than
 * the working directory, so that a clone started from anywhere loads it (issue #14, section 0).
 */
export const projectPackageDir = fileURLToPath(new URL('../../geodata', import.meta.url))

// The files of the data package that `npm run db:load` reads, relative to GEODATA_DIR (default:
// the project's geodata/). geodata/README.md and geodata/sources.json give each one's source,
// licence, attribution and the upstream commit it was taken from.
export const packageFiles = {
  communes2025: 'raw/bando2025-thanglequoc/lang_son_communes_2025.geojson',
  province: 'raw/bando2025-thanglequoc/lang_son_province_2025_from_communes.geojson',
  borderDerived: 'raw/bando2025-thanglequoc/vn_cn_border_lang_son_derived.geojson',
  borderOsm: 'raw/osm-geomaps/vn_cn_border_lang_son_osm.geojson',
  communes2019: 'raw/census2009-choisy/lang_son_communes_2009_2019.geojson',
  districts: 'raw/gischinhphu-dvhcvn/lang_son_districts_2019.geojson',
  villages: 'raw/wof-geonames/lang_son_villages_geonames.geojson',
  units2025: 'reference/admin_units_2025.csv',
  unitsPre2025: 'reference/admin_units_pre2025.csv',
  districtsPre2025: 'reference/districts_pre2025.csv',
  crosswalk: 'reference/admin_crosswalk_2025.csv',
  areaPopulation2025: 'reference/units_2025_area_population.csv',
  census2019: 'reference/census2019_population.csv',
  population2021: 'reference/population_census2019_by_2021unit.csv',
  planTargets: 'reference/plan_targets_nq58.csv',
  districtStats: 'reference/district_stats.csv',
  classification: 'reference/ethnic_area_classification_summary.csv',
  difficultVillages2026: 'reference/units_2025_dbkk_villages_2026_2030.csv',
  borderGates: 'reference/border_gates.csv',
  borderCommunes: 'reference/border_communes.csv',
} as const

export type PackageFile = keyof typeof packageFiles

/**
 * Where a package file lives. A package holds raw/ and reference/ side by side, as geodata/ does;
 * the data compiler's folder (../shared) keeps its extracts one level down, in geodata/raw/, and
 * is accepted as GEODATA_DIR too, so that a newer compilation can be loaded without copying it.
 */
export function packagePath(dir: string, file: string): string {
  const compilerLayout =
    file.startsWith('raw/') && !fs.existsSync(path.join(dir, 'raw')) && fs.existsSync(path.join(dir, 'geodata', 'raw'))
  return path.join(dir, compilerLayout ? 'geodata' : '', file)
}

// Counts the loader insists on: a different number means a different or damaged file.
export const expectedCounts = {
  communes2025: 65,
  communes2019: 226,
  districts: 11,
  villageFeatures: 1355,
  units2021: 200,
  units2024: 194,
  crosswalkRows: 204,
} as const

// Lạng Sơn lies within about 106.0–107.4 °E and 21.3–22.5 °N; the box leaves a margin for the
// border line's cross-check, which runs up to 3 km outside. Anything outside is in another CRS or wrong.
export const provinceBounds = { west: 105.8, east: 107.6, south: 21.1, north: 22.7 } as const
