// The files of the data package that `npm run db:load` reads, relative to GEODATA_DIR (default
// ../shared). geodata/README.md gives each one's source, licence and attribution.
export const packageFiles = {
  communes2025: 'geodata/raw/bando2025-thanglequoc/lang_son_communes_2025.geojson',
  province: 'geodata/raw/bando2025-thanglequoc/lang_son_province_2025_from_communes.geojson',
  borderDerived: 'geodata/raw/bando2025-thanglequoc/vn_cn_border_lang_son_derived.geojson',
  borderOsm: 'geodata/raw/osm-geomaps/vn_cn_border_lang_son_osm.geojson',
  communes2019: 'geodata/raw/census2009-choisy/lang_son_communes_2009_2019.geojson',
  districts: 'geodata/raw/gischinhphu-dvhcvn/lang_son_districts_2019.geojson',
  villages: 'geodata/raw/wof-geonames/lang_son_villages_geonames.geojson',
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
