import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { packageFiles, packagePath } from '../../../server/geodata/files'
import { findUnit, unitLinks, unitsGeoJson } from '../../../server/sql/units'
import { sharedDatabase } from '../../database'
import { geodataDir } from '../../database-setup'

const database = sharedDatabase()

describe('unitsGeoJson', () => {
  test('the 65 communes of 2025 carry exactly the official codes', async () => {
    const collection = JSON.parse(
      await unitsGeoJson(database.sql(), { level: 'commune', vintage: '2025', detail: 'medium' }),
    )
    const official = parse(fs.readFileSync(packagePath(geodataDir, packageFiles.units2025)), { columns: true }) as {
      new_commune_code: string
    }[]
    expect(
      collection.features.map((feature: { properties: { code: string } }) => feature.properties.code).sort(),
    ).toEqual(official.map((row) => row.new_commune_code).sort())
    expect(collection.features[0].geometry.type).toBe('MultiPolygon')
  })

  test('units of the 2021 list have no polygon, but are listed', async () => {
    const collection = JSON.parse(
      await unitsGeoJson(database.sql(), { level: 'commune', vintage: '2021', detail: 'low' }),
    )
    expect(collection.features).toHaveLength(200)
    expect(collection.features.every((feature: { geometry: unknown }) => feature.geometry === null)).toBe(true)
  })

  test('the simplified levels are much lighter than the full geometry', async () => {
    const sizes = await Promise.all(
      (['low', 'medium', 'full'] as const).map(
        async (detail) => (await unitsGeoJson(database.sql(), { level: 'commune', vintage: '2025', detail })).length,
      ),
    )
    expect(sizes[0]).toBeLessThan(sizes[1]!)
    expect(sizes[1]).toBeLessThan(450_000)
    expect(sizes[2]).toBeGreaterThan(3_000_000)
  })
})

describe('the simplified coverage', () => {
  // Neighbours must still meet: the union's area equals the sum of the parts (no overlaps) and the
  // province outline (no gaps), to within the source's own 0.01 km² of overlap.
  test.each(['geom_medium', 'geom_low'])('%s has no gaps or overlaps between communes', async (column) => {
    const [row] = await database.sql()`
      select sum(st_area(${database.sql()(column)}::geography)) / 1e6 as parts,
        st_area(st_union(${database.sql()(column)})::geography) / 1e6 as whole,
        (select st_area(geom::geography) / 1e6 from unit where level = 'province') as province
      from unit where vintage = '2025' and level = 'commune'`
    expect(Math.abs(row!.parts - row!.whole)).toBeLessThan(0.5)
    expect(Math.abs(row!.whole - row!.province) / row!.province).toBeLessThan(0.005)
  })

  test('every simplified geometry is valid', async () => {
    const [row] = await database.sql()`
      select count(*)::int as invalid from unit where not st_isvalid(geom_medium) or not st_isvalid(geom_low)`
    expect(row!.invalid).toBe(0)
  })
})

describe('findUnit', () => {
  test('answers the newest unit holding a code', async () => {
    expect(await findUnit(database.sql(), '06040')).toMatchObject({ name: 'Xã Thất Khê', vintage: '2025' })
  })

  test('answers the unit of the vintage asked for: 06040 was Xã Đại Đồng in 2021 and Thị trấn Thất Khê in March 2025', async () => {
    expect(await findUnit(database.sql(), '06040', '2021')).toMatchObject({
      name: 'Xã Đại Đồng',
      validTo: '2024-11-30',
    })
    expect(await findUnit(database.sql(), '06040', '2024')).toMatchObject({ name: 'Thị trấn Thất Khê' })
  })

  test('districts are valid until 30 June 2025', async () => {
    expect(await findUnit(database.sql(), '180')).toMatchObject({
      name: 'Huyện Tràng Định',
      level: 'district',
      validTo: '2025-06-30',
    })
  })

  test('answers nothing for an unknown code', async () => {
    expect(await findUnit(database.sql(), '99999')).toBeUndefined()
  })
})

describe('the crosswalk', () => {
  test('a split unit is apportioned by the area of its 2008–2019 polygon, shares summing to 1', async () => {
    const rows = await database.sql()`
      select f.code, f.vintage, sum(c.share) as total, count(*)::int as parts
      from crosswalk c join unit f on f.id = c.from_unit_id join unit t on t.id = c.to_unit_id
      where t.vintage = '2025' and c.kind <> 'whole' group by f.code, f.vintage order by f.vintage, f.code`
    expect(rows.map((row) => [row.code, row.vintage, row.parts])).toEqual([
      ['06040', '2021', 2],
      ['06622', '2021', 2],
      ['06625', '2021', 2],
      ['06622', '2024', 2],
      ['06625', '2024', 2],
    ])
    for (const row of rows) expect(row.total).toBeCloseTo(1, 6)
  })

  test('Xã Đại Đồng sends about the 18.61 km² the resolution states to Xã Thất Khê', async () => {
    const unit = await findUnit(database.sql(), '06040', '2025')
    const { former } = await unitLinks(database.sql(), unit!.id)
    const daiDong = former.find((link) => link.name === 'Xã Đại Đồng')!
    expect(daiDong.kind).toBe('part')
    expect(daiDong.shareRule).toMatch(/^area share 0\.\d+: 18\.\d+ km²/)
  })

  test('every unit of the 2021 list reaches the units of 2025, whole units with share 1', async () => {
    const [row] = await database.sql()`
      select count(distinct f.id)::int as linked, bool_and(c.share = 1 or c.kind <> 'whole') as whole_is_one
      from crosswalk c join unit f on f.id = c.from_unit_id join unit t on t.id = c.to_unit_id
      where f.vintage = '2021' and t.vintage = '2025'`
    expect(row).toEqual({ linked: 200, wholeIsOne: true })
  })

  test('a new commune lists its former units of March 2025 and of 2021', async () => {
    const unit = await findUnit(database.sql(), '06187')
    const { former } = await unitLinks(database.sql(), unit!.id)
    expect(former.filter((link) => link.vintage === '2024').map((link) => link.name)).toEqual([
      'Phường Hoàng Văn Thụ',
      'Thị trấn Cao Lộc',
      'Xã Hợp Thành',
      'Xã Gia Cát',
      'Xã Tân Liên',
    ])
  })
})
