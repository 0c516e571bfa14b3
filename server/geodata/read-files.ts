import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson'
import { packagePath, provinceBounds } from './files'
import { DataPackageError } from './package-error'

export type CsvRow = { line: number; fields: Record<string, string> }

function readText(dir: string, file: string): string {
  const fullPath = packagePath(dir, file)
  if (!fs.existsSync(fullPath)) {
    throw new DataPackageError(
      file,
      undefined,
      undefined,
      `file not found in ${dir} (GEODATA_DIR must hold raw/ and reference/ as the project's geodata/ does, or be unset)`,
    )
  }
  return fs.readFileSync(fullPath, 'utf8')
}

/** Reads a CSV with a header row; every row remembers its line number for error messages. */
export function readCsv(dir: string, file: string, requiredColumns: string[]): CsvRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[]
  try {
    records = parse(readText(dir, file), { columns: true, bom: true, skip_empty_lines: true, info: true })
  } catch (error) {
    throw new DataPackageError(file, undefined, undefined, `not a readable CSV file: ${(error as Error).message}`)
  }
  const header = records[0] ? Object.keys(records[0].record) : []
  for (const column of requiredColumns) {
    if (!header.includes(column)) throw new DataPackageError(file, 'header', column, 'column missing')
  }
  return records.map(({ record, info }) => ({ line: info.lines, fields: record }))
}

/**
 * Reads an RFC 7946 GeoJSON FeatureCollection and checks that every coordinate is longitude/latitude
 * inside Lạng Sơn, which catches files saved in another CRS (e.g. VN-2000 metres).
 */
export function readFeatureCollection(dir: string, file: string): Feature[] {
  let data: unknown
  try {
    data = JSON.parse(readText(dir, file))
  } catch (error) {
    if (error instanceof DataPackageError) throw error
    throw new DataPackageError(file, undefined, undefined, `not valid JSON: ${(error as Error).message}`)
  }
  const collection = data as Partial<FeatureCollection> & { crs?: { properties?: { name?: string } } }
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new DataPackageError(file, undefined, 'type', 'expected a GeoJSON FeatureCollection')
  }
  const crsName = collection.crs?.properties?.name
  if (collection.crs && !/CRS84|EPSG::?4326$/.test(crsName ?? '')) {
    throw new DataPackageError(
      file,
      undefined,
      'crs',
      `declares CRS ${crsName ?? '(unnamed)'}; expected longitude/latitude (EPSG:4326)`,
    )
  }
  for (const [index, feature] of collection.features.entries()) checkFeature(file, feature, index)
  return collection.features
}

function checkFeature(file: string, feature: Feature, index: number): void {
  const location = `feature ${index + 1}`
  if (feature?.type !== 'Feature' || !feature.geometry) {
    throw new DataPackageError(file, location, 'geometry', 'missing geometry')
  }
  for (const [lon, lat] of positions(feature.geometry)) {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      throw new DataPackageError(file, location, 'geometry', 'coordinate is not a number')
    }
    const inside =
      lon! >= provinceBounds.west &&
      lon! <= provinceBounds.east &&
      lat! >= provinceBounds.south &&
      lat! <= provinceBounds.north
    if (!inside) {
      throw new DataPackageError(
        file,
        location,
        'geometry',
        `coordinate ${lon}, ${lat} is outside Lạng Sơn; coordinates must be longitude/latitude (EPSG:4326)`,
      )
    }
  }
}

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates]
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat()
    case 'MultiPolygon':
      return geometry.coordinates.flat(2)
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positions)
  }
}
