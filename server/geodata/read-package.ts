import { parseCensusSuccessors, parseCrosswalk } from './parse-crosswalk'
import { parseIndicators } from './parse-indicators'
import {
  parseClassificationTotals,
  parseDifficultVillages2026,
  parsePopulation,
  parseProvinceFigures,
} from './parse-official'
import { parseBorders, parseGates, parseNamedBorderCommunes, parseVillages, readBorderFeatures } from './parse-places'
import { parseDistricts, parseListedUnits, parseProvince, parseUnits2019, parseUnits2025 } from './parse-units'
import type { DataPackage } from './records'

/**
 * Reads and checks every file of the data package in GEODATA_DIR before anything is written; the
 * first problem stops the load with a DataPackageError naming the file, feature or line, and field.
 */
export function readDataPackage(dir: string): DataPackage {
  const borderFeatures = readBorderFeatures(dir)
  const communes2025 = parseUnits2025(dir, borderFeatures)
  const districts = parseDistricts(dir)
  const listed = parseListedUnits(dir)
  const units = [parseProvince(dir), ...districts.units, ...communes2025.units, ...parseUnits2019(dir), ...listed]
  const crosswalk = parseCrosswalk(dir, units)
  const { indicators, targets } = parseIndicators(dir)
  return {
    units,
    nameChecks: [...communes2025.nameChecks, ...districts.nameChecks, ...crosswalk.nameChecks],
    crosswalk: [...crosswalk.rows, ...parseCensusSuccessors(dir, units)],
    villages: parseVillages(dir),
    borders: parseBorders(dir, communes2025.borderLevels),
    gates: parseGates(dir),
    namedBorderCommunes: parseNamedBorderCommunes(dir),
    indicators,
    targets,
    officialValues: [...parsePopulation(dir), ...parseProvinceFigures(dir), ...parseDifficultVillages2026(dir)],
    officialTotals: parseClassificationTotals(dir),
  }
}
