import type { Sql } from '../db'
import { writeSampleValues } from '../sample/write-sample'
import { markBorderCommunes } from '../sql/border-communes'
import { recordLoad, refreshStatistics } from '../sql/data-load'
import {
  recordValues,
  replaceOfficialTotals,
  replaceTargets,
  unitIdsByKey,
  upsertIndicators,
} from '../sql/indicator-load'
import { replaceNamedBorderCommunes, upsertBorders, upsertGates, upsertVillages } from '../sql/place-load'
import {
  deriveAreas2021,
  dissolveProvinceOutline,
  mismatchedNames,
  orphanUnits,
  repairGeometries,
  replaceCrosswalk,
  unlinkedUnits2021,
  upsertUnits,
} from '../sql/unit-load'
import { DataPackageError } from './package-error'
import { readDataPackage } from './read-package'
import type { DataPackage } from './records'

export type LoadSummary = {
  units: number
  villages: number
  crosswalkLinks: number
  repairedGeometries: { code: string; vintage: string; reason: string }[]
  officialValuesAdded: number
  sampleValuesAdded: number
}

/**
 * Loads the data package into the database: every file is read and checked first, then everything
 * is written in one transaction, so a bad file leaves the database exactly as it was. Reloading the
 * same package changes nothing (units, villages and indicators are upserted; values are versioned).
 */
export async function loadDataPackage(sql: Sql, dir: string): Promise<LoadSummary> {
  const data = readDataPackage(dir)
  const summary = await sql.begin((tx) => writeDataPackage(tx as unknown as Sql, data, dir))
  await refreshStatistics(sql)
  return summary
}

export async function writeDataPackage(sql: Sql, data: DataPackage, dir: string): Promise<LoadSummary> {
  await sql`select pg_advisory_xact_lock(hashtext('lang-son-portal load'))`
  await upsertUnits(sql, data.units)
  const orphan = (await orphanUnits(sql))[0]
  if (orphan)
    throw new DataPackageError(
      'reference/admin_units_pre2025.csv',
      `unit ${orphan.code} (${orphan.vintage})`,
      'district_code',
      'names no known district',
    )
  const mismatch = (await mismatchedNames(sql, data.nameChecks))[0]
  if (mismatch) {
    throw new DataPackageError(
      mismatch.file,
      mismatch.location,
      'name',
      `"${mismatch.found}" does not match the official name "${mismatch.expected}" of ${mismatch.code}`,
    )
  }
  const repairedGeometries = await repairGeometries(sql)
  await dissolveProvinceOutline(sql)
  await replaceCrosswalk(sql, data.crosswalk)
  await deriveAreas2021(sql)
  const unlinked = (await unlinkedUnits2021(sql))[0]
  if (unlinked)
    throw new DataPackageError(
      'reference/admin_crosswalk_2025.csv',
      undefined,
      'old_commune_code',
      `the 2021 unit ${unlinked.code} ${unlinked.name} reaches no unit of 2025`,
    )
  await upsertVillages(sql, data.villages)
  await upsertBorders(sql, data.borders)
  await markBorderCommunes(sql)
  await upsertGates(sql, data.gates)
  await replaceNamedBorderCommunes(sql, data.namedBorderCommunes)
  await upsertIndicators(sql, data.indicators)
  await replaceTargets(sql, data.targets)
  await replaceOfficialTotals(sql, data.officialTotals)

  const ids = await unitIdsByKey(sql)
  const official = data.officialValues.map((value) => {
    const unitId = ids.get(`${value.unitVintage}:${value.unitCode}`)
    if (!unitId)
      throw new DataPackageError(
        'reference',
        value.source.slice(0, 60),
        'code',
        `${value.unitCode} is not a unit of ${value.unitVintage}`,
      )
    const { unitCode: _code, unitVintage: _vintage, ...rest } = value
    return { ...rest, unitId, provenance: 'official' as const }
  })
  const officialValuesAdded = await recordValues(sql, official)
  const sampleValuesAdded = await writeSampleValues(sql)
  const summary: LoadSummary = {
    units: data.units.length,
    villages: data.villages.length,
    crosswalkLinks: data.crosswalk.length,
    repairedGeometries,
    officialValuesAdded,
    sampleValuesAdded,
  }
  await recordLoad(sql, dir, summary)
  return summary
}
