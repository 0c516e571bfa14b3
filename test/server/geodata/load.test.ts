import fs from 'node:fs'
import { afterEach, describe, expect, test } from 'vitest'
import type { Sql } from '../../../server/db'
import { packageFiles, packagePath } from '../../../server/geodata/files'
import { loadDataPackage, writeDataPackage } from '../../../server/geodata/load'
import { DataPackageError } from '../../../server/geodata/package-error'
import { readDataPackage } from '../../../server/geodata/read-package'
import { rolledBack, sharedDatabase } from '../../database'
import { geodataDir } from '../../database-setup'
import { copyDataPackage } from '../../fixtures/data-package'

// A whole load of the data package (units, villages, values, the border measures) takes a minute
// or more on the embedded database of a busy 2-core machine: these two load it again.
const wholeLoadMs = 300_000

const database = sharedDatabase()
let copy: ReturnType<typeof copyDataPackage> | undefined
afterEach(() => copy?.remove())

/** Row counts of every table the loader writes, to prove a failed load wrote nothing. */
async function counts(sql: Sql) {
  const [row] = await sql`
    select (select count(*) from unit)::int as units, (select count(*) from village)::int as villages,
      (select count(*) from crosswalk)::int as crosswalk, (select count(*) from indicator_value)::int as values,
      (select count(*) from data_load)::int as loads, (select string_agg(name, ',' order by id) from unit where vintage = '2025') as names`
  return row
}

async function expectRejected(dir: string, message: RegExp) {
  const before = await counts(database.sql())
  const error = await loadDataPackage(database.sql(), dir).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(DataPackageError)
  expect((error as Error).message).toMatch(message)
  expect(await counts(database.sql())).toEqual(before)
}

describe('a broken data package is refused, naming the file, place and field, and nothing is written', () => {
  test('bad JSON', async () => {
    copy = copyDataPackage()
    copy.replace(packageFiles.communes2025, 'communes-bad-json.geojson')
    await expectRejected(copy.dir, /lang_son_communes_2025\.geojson: not valid JSON/)
  })

  test('a file in another CRS', async () => {
    copy = copyDataPackage()
    copy.replace(packageFiles.communes2025, 'communes-other-crs.geojson')
    await expectRejected(
      copy.dir,
      /lang_son_communes_2025\.geojson, field "crs": declares CRS urn:ogc:def:crs:EPSG::3405/,
    )
  })

  test('metres without a crs member', async () => {
    copy = copyDataPackage()
    copy.replace(packageFiles.communes2025, 'communes-metres-no-crs.geojson')
    await expectRejected(copy.dir, /feature 1, field "geometry": coordinate 680000, 2430000 is outside Lạng Sơn/)
  })

  test('coordinates outside the province', async () => {
    copy = copyDataPackage()
    copy.replace(packageFiles.communes2025, 'communes-outside-province.geojson')
    await expectRejected(copy.dir, /feature 1, field "geometry": coordinate 105.84, 21.02 is outside Lạng Sơn/)
  })

  test('a code that repeats', async () => {
    copy = copyDataPackage()
    copy.replace(packageFiles.communes2025, 'communes-duplicate-code.geojson')
    await expectRejected(copy.dir, /feature 2, field "code": "06184" repeats feature 1/)
  })

  test('a code that is not 5 digits', async () => {
    copy = copyDataPackage()
    copy.replace(packageFiles.communes2025, 'communes-bad-code.geojson')
    await expectRejected(copy.dir, /feature 1, field "code": "6184" is not a 5-digit code/)
  })

  test('a missing file', async () => {
    copy = copyDataPackage()
    fs.rmSync(copy.path(packageFiles.crosswalk))
    await expectRejected(copy.dir, /admin_crosswalk_2025\.csv: file not found/)
  })

  test('a CSV row with an empty required field', async () => {
    copy = copyDataPackage()
    copy.edit(packageFiles.units2025, (text) => text.replace('20,06040,Xã Thất Khê,', '20,,Xã Thất Khê,'))
    await expectRejected(copy.dir, /admin_units_2025\.csv, line 2, field "new_commune_code": empty/)
  })

  test('a name that does not match its code is caught in the database, and the transaction is rolled back', async () => {
    copy = copyDataPackage()
    // The official list is written first (unit names), then the check against the polygons' names fails.
    copy.edit(packageFiles.units2025, (text) => text.replace('20,06040,Xã Thất Khê,', '20,06040,Xã Thất Khe Mới,'))
    await expectRejected(
      copy.dir,
      /lang_son_communes_2025\.geojson, feature \d+, field "name": "Xã Thất Khê" does not match the official name "Xã Thất Khe Mới" of 06040/,
    )
  })
})

describe('a good data package', () => {
  test('names match by code whatever the tone-mark placement, and the official spelling is kept', async () => {
    // The boundary file writes Xã Thuỵ Hùng, the official list Xã Thụy Hùng.
    const polygons = fs.readFileSync(packagePath(geodataDir, packageFiles.communes2025), 'utf8')
    expect(polygons).toContain('"full_name":"Xã Thuỵ Hùng"')
    const [unit] = await database.sql()`select name from unit where vintage = '2025' and search_name = 'xa thuy hung'`
    expect(unit?.name).toBe('Xã Thụy Hùng')
  })

  test(
    'reloading the same package changes nothing',
    async () => {
      const data = readDataPackage(geodataDir)
      const summary = await rolledBack(database.sql(), (tx) => writeDataPackage(tx, data, geodataDir))
      expect(summary).toMatchObject({ units: 697, villages: 1351, officialValuesAdded: 0, sampleValuesAdded: 0 })
    },
    wholeLoadMs,
  )

  test(
    'an invalid polygon is repaired with ST_MakeValid and reported',
    async () => {
      copy = copyDataPackage()
      copy.edit(packageFiles.districts, (text) => {
        const collection = JSON.parse(text)
        const [west, south] = [106.5, 21.8]
        // A bow tie: the ring crosses itself.
        collection.features[0].geometry = {
          type: 'Polygon',
          coordinates: [
            [
              [west, south],
              [west + 0.1, south + 0.1],
              [west + 0.1, south],
              [west, south + 0.1],
              [west, south],
            ],
          ],
        }
        return JSON.stringify(collection)
      })
      const data = readDataPackage(copy.dir)
      const result = await rolledBack(database.sql(), async (tx) => {
        const summary = await writeDataPackage(tx, data, copy!.dir)
        const [unit] =
          await tx`select st_isvalid(geom) as valid from unit where level = 'district' and code = ${data.units.find((unit) => unit.level === 'district')!.code}`
        return { summary, valid: unit?.valid }
      })
      expect(result.summary.repairedGeometries).toContainEqual(
        expect.objectContaining({ vintage: '2021', reason: expect.stringMatching(/Self-intersection/) }),
      )
      expect(result.valid).toBe(true)
    },
    wholeLoadMs,
  )
})
