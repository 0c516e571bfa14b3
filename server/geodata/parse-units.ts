import type { Feature, Geometry } from 'geojson'
import { csvCode, csvNumber, csvText, featureCode, featureText, requireCount, requireUnique } from './fields'
import { expectedCounts, packageFiles } from './files'
import { DataPackageError } from './package-error'
import { readCsv, readFeatureCollection } from './read-files'
import type { GeometryLevels, NameCheck, UnitRecord } from './records'
import { dropDegenerateRings, type SimplifiedCoverage, simplifyCoverage } from './simplify'

const geometrySource = {
  '2025': 'Ranh giới: sapnhap.bando.com.vn qua vietnamese-provinces-database (MIT)',
  '2019': 'Ranh giới: censusVN2009 (M. Choisy, MIT), cơ sở dữ liệu hành chính 1:250.000',
  district: 'Ranh giới: gis.chinhphu.vn qua daohoangson/dvhcvn (2019)',
}

const text = (geometry: Geometry | null | undefined) => (geometry ? JSON.stringify(geometry) : null)

function levels(full: Geometry, simplified: SimplifiedCoverage, layer: number, index: number): GeometryLevels {
  const pick = (geometry: Geometry | null | undefined) =>
    text(dropDegenerateRings(geometry ?? null)) ?? JSON.stringify(full)
  return {
    full: JSON.stringify(full),
    medium: pick(simplified.medium[layer]?.[index]),
    low: pick(simplified.low[layer]?.[index]),
  }
}

/** Features with a unique `code` of the given digits, as many as expected (codes checked first). */
function readCodedFeatures(dir: string, file: string, digits: number, expected: number, what: string) {
  const features = readFeatureCollection(dir, file)
  const codes = features.map((feature, index) => featureCode(file, feature, index, 'code', digits))
  requireUnique(
    file,
    codes,
    (code) => code,
    (index) => `feature ${index + 1}`,
    'code',
  )
  requireCount(file, features.length, expected, what)
  return { features, codes }
}

/** The 65 units from 1 July 2025: names and codes from the official list, boundaries from bando. */
export function parseUnits2025(dir: string, border: Feature[]) {
  const file = packageFiles.communes2025
  const { features, codes } = readCodedFeatures(dir, file, 5, expectedCounts.communes2025, 'communes')

  const listFile = packageFiles.units2025
  const rows = readCsv(dir, listFile, ['new_commune_code', 'new_commune_name', 'type', 'source'])
  requireCount(listFile, rows.length, expectedCounts.communes2025, 'units')
  const areaFile = packageFiles.areaPopulation2025
  const areaRows = readCsv(dir, areaFile, ['new_commune_code', 'area_km2', 'source'])
  const areaByCode = new Map(areaRows.map((row) => [csvCode(areaFile, row, 'new_commune_code', 5), row]))

  const simplified = simplifyCoverage([features, border])
  const nameChecks: NameCheck[] = []
  const units: UnitRecord[] = rows.map((row) => {
    const code = csvCode(listFile, row, 'new_commune_code', 5)
    const index = codes.indexOf(code)
    const feature = features[index]
    if (!feature)
      throw new DataPackageError(listFile, `line ${row.line}`, 'new_commune_code', `${code} has no polygon in ${file}`)
    const name = csvText(listFile, row, 'new_commune_name')
    nameChecks.push({
      file,
      location: `feature ${index + 1}`,
      code,
      expected: name,
      found: featureText(file, feature, index, 'full_name'),
    })
    const areaRow = areaByCode.get(code)
    if (!areaRow) throw new DataPackageError(areaFile, undefined, 'new_commune_code', `no row for ${code}`)
    return {
      code,
      vintage: '2025',
      level: 'commune',
      type: csvText(listFile, row, 'type'),
      name,
      parentCode: '20',
      parentVintage: '2025',
      validFrom: null,
      validTo: null,
      areaKm2: csvNumber(areaFile, areaRow, 'area_km2'),
      areaSource: csvText(areaFile, areaRow, 'source'),
      geometry: levels(feature.geometry, simplified, 0, index),
      source: `${csvText(listFile, row, 'source')}. ${geometrySource['2025']}`,
    }
  })
  requireUnique(
    listFile,
    units,
    (unit) => unit.code,
    (index) => `line ${index + 2}`,
    'new_commune_code',
  )
  const borderLevels = border.map((feature, index) => levels(feature.geometry, simplified, 1, index))
  return { units, nameChecks, borderLevels }
}

/** The province outline (full resolution; simplified outlines are dissolved from the communes in SQL). */
export function parseProvince(dir: string): UnitRecord {
  const file = packageFiles.province
  const [feature, ...rest] = readFeatureCollection(dir, file)
  if (!feature || rest.length > 0) throw new DataPackageError(file, undefined, undefined, 'expected exactly 1 feature')
  const full = JSON.stringify(feature.geometry)
  return {
    code: '20',
    vintage: '2025',
    level: 'province',
    type: 'Tỉnh',
    name: 'Tỉnh Lạng Sơn',
    parentCode: null,
    parentVintage: null,
    validFrom: null,
    validTo: null,
    areaKm2: 8310.18,
    areaSource: 'sapnhap.bando.com.vn (areaKm2 of the published province polygon)',
    geometry: { full, medium: full, low: full },
    source: `Tỉnh Lạng Sơn, mã 20. ${geometrySource['2025']} (hợp các xã)`,
  }
}

/** The 11 districts valid until 30 June 2025 (stored with the 2021 list, whose parents they are). */
export function parseDistricts(dir: string): { units: UnitRecord[]; nameChecks: NameCheck[] } {
  const file = packageFiles.districts
  const { features, codes } = readCodedFeatures(dir, file, 3, expectedCounts.districts, 'districts')
  const simplified = simplifyCoverage([features])
  const listFile = packageFiles.districtsPre2025
  const rows = readCsv(dir, listFile, ['district_code', 'district_name', 'district_type', 'source'])
  requireCount(listFile, rows.length, expectedCounts.districts, 'districts')
  const nameChecks: NameCheck[] = []
  const units = rows.map((row): UnitRecord => {
    const code = csvCode(listFile, row, 'district_code', 3)
    const index = codes.indexOf(code)
    const feature = features[index]
    if (!feature)
      throw new DataPackageError(listFile, `line ${row.line}`, 'district_code', `${code} has no polygon in ${file}`)
    const name = csvText(listFile, row, 'district_name')
    nameChecks.push({
      file,
      location: `feature ${index + 1}`,
      code,
      expected: name,
      found: featureText(file, feature, index, 'full_name'),
    })
    return {
      code,
      vintage: '2021',
      level: 'district',
      type: csvText(listFile, row, 'district_type'),
      name,
      parentCode: '20',
      parentVintage: '2025',
      validFrom: '2008-08-01',
      validTo: '2025-06-30',
      areaKm2: null,
      areaSource: null,
      geometry: levels(feature.geometry, simplified, 0, index),
      source: `${csvText(listFile, row, 'source')}. ${geometrySource.district}`,
    }
  })
  return { units, nameChecks }
}

/** The 226 communes of 2008–2019; their polygons are already coarse (~150 m), so all levels are the same. */
export function parseUnits2019(dir: string): UnitRecord[] {
  const file = packageFiles.communes2019
  const features = readFeatureCollection(dir, file)
  requireCount(file, features.length, expectedCounts.communes2019, 'communes')
  const units = features.map((feature, index): UnitRecord => {
    const full = JSON.stringify(feature.geometry)
    const hectares = feature.properties?.area_2009_ha
    return {
      code: featureCode(file, feature, index, 'gso_code', 5),
      vintage: '2019',
      level: 'commune',
      type: featureText(file, feature, index, 'unit_type'),
      name: featureText(file, feature, index, 'full_name'),
      parentCode: featureCode(file, feature, index, 'district_code', 3),
      parentVintage: '2021',
      validFrom: null,
      validTo: null,
      areaKm2: typeof hectares === 'number' && hectares > 0 ? hectares / 100 : null,
      areaSource: 'censusVN2009 area_2009_ha',
      geometry: { full, medium: full, low: full },
      source: `Danh mục ĐVHC (GSO) 01/12/2019. ${geometrySource['2019']}`,
    }
  })
  requireUnique(
    file,
    units,
    (unit) => unit.code,
    (index) => `feature ${index + 1}`,
    'gso_code',
  )
  return units
}

/** The 200 units of the 2021 list and the 194 of March 2025 (codes and names only: no open polygons). */
export function parseListedUnits(dir: string): UnitRecord[] {
  const file = packageFiles.unitsPre2025
  const rows = readCsv(dir, file, [
    'district_code',
    'commune_code',
    'commune_name_2021_07',
    'in_2021_list',
    'in_2025_03_list',
    'source',
  ])
  const units: UnitRecord[] = []
  for (const row of rows) {
    const code = csvCode(file, row, 'commune_code', 5)
    const common = {
      code,
      level: 'commune' as const,
      parentCode: csvCode(file, row, 'district_code', 3),
      parentVintage: '2021' as const,
    }
    const base = {
      validFrom: null,
      validTo: null,
      areaKm2: null,
      areaSource: null,
      geometry: null,
      source: csvText(file, row, 'source'),
    }
    if (csvText(file, row, 'in_2021_list') === 'yes') {
      const name = csvText(file, row, 'commune_name_2021_07')
      units.push({
        ...common,
        ...base,
        vintage: '2021',
        name,
        type: csvText(file, row, 'commune_type_2021_07'),
      })
    }
    if (csvText(file, row, 'in_2025_03_list') === 'yes') {
      units.push({
        ...common,
        ...base,
        vintage: '2024',
        name: csvText(file, row, 'commune_name_2025_03'),
        type: csvText(file, row, 'commune_type_2025_03'),
      })
    }
  }
  requireCount(
    file,
    units.filter((unit) => unit.vintage === '2021').length,
    expectedCounts.units2021,
    'units in the 2021 list',
  )
  requireCount(
    file,
    units.filter((unit) => unit.vintage === '2024').length,
    expectedCounts.units2024,
    'units in the March 2025 list',
  )
  return units
}
