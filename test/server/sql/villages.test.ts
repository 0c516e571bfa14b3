import { describe, expect, test } from 'vitest'
import { villagesGeoJson } from '../../../server/sql/villages'
import { sharedDatabase } from '../../database'

const database = sharedDatabase()

describe('villagesGeoJson', () => {
  test('serves the 1,351 GeoNames places that are not abandoned, marked approximate', async () => {
    const collection = JSON.parse(await villagesGeoJson(database.sql(), {}))
    expect(collection.features).toHaveLength(1351)
    expect(
      collection.features.every((feature: { properties: { approximate: boolean } }) => feature.properties.approximate),
    ).toBe(true)
  })

  test('links every village to the 2025 commune and the 2008–2019 commune containing it', async () => {
    const [row] = await database.sql()`
      select count(*)::int as villages, count(commune_2025_id)::int as linked_2025, count(commune_2019_id)::int as linked_2019,
        count(*) filter (where st_intersects(v.geom, c.geom))::int as inside
      from village v left join unit c on c.id = v.commune_2025_id`
    expect(row).toMatchObject({ villages: 1351, linked2025: 1351, linked2019: 1351 })
    // A few points sit in slivers between the source polygons and go to the nearest commune.
    expect(row!.inside).toBeGreaterThan(1340)
  })

  test('filters by 2025 commune', async () => {
    const collection = JSON.parse(await villagesGeoJson(database.sql(), { commune: '06184' }))
    expect(collection.features.length).toBeGreaterThan(0)
    expect(
      collection.features.every(
        (feature: { properties: { communeCode: string } }) => feature.properties.communeCode === '06184',
      ),
    ).toBe(true)
  })
})
