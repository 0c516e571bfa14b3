import { describe, expect, test } from 'vitest'
import { search } from '../../../server/sql/search'
import { sharedDatabase } from '../../database'

const database = sharedDatabase()
const names = async (query: string) =>
  (await search(database.sql(), query)).map((result) => `${result.kind}:${result.name}`)

describe('search', () => {
  test('is accent-insensitive and folds đ to d: "dong dang" finds Xã Đồng Đăng first', async () => {
    expect((await names('dong dang'))[0]).toBe('commune:Xã Đồng Đăng')
  })

  test('"ky lua" finds Phường Kỳ Lừa', async () => {
    expect((await names('ky lua'))[0]).toBe('commune:Phường Kỳ Lừa')
  })

  test('former names find the unit they became part of', async () => {
    const results = await search(database.sql(), 'hoang van thu')
    expect(results[0]).toMatchObject({ kind: 'commune', name: 'Xã Hoàng Văn Thụ' })
    expect(results).toContainEqual(
      expect.objectContaining({
        kind: 'former_commune',
        name: 'Phường Hoàng Văn Thụ',
        communeName: 'Phường Kỳ Lừa',
        districtName: 'Thành phố Lạng Sơn',
      }),
    )
  })

  test('a former unit appears once per unit it went into, from the newest list naming it', async () => {
    const former = (await search(database.sql(), 'phuong hoang van thu')).filter(
      (result) => result.kind === 'former_commune',
    )
    expect(former).toHaveLength(1)
    expect(former[0]!.vintage).toBe('2024')
  })

  test('units come before villages for matches of the same kind', async () => {
    const kinds = (await search(database.sql(), 'dong dang')).map((result) => result.kind)
    expect(kinds.indexOf('village')).toBeGreaterThan(kinds.lastIndexOf('commune'))
  })

  test('matches with the diacritics the user typed come first', async () => {
    const results = await search(database.sql(), 'Đồng Đằng')
    expect(results[0]).toMatchObject({ kind: 'village', name: 'Đồng Đằng' })
    expect(results[1]).toMatchObject({ name: 'Xã Đồng Đăng' })
  })

  test('finds districts and villages, with the commune a village lies in', async () => {
    expect(await names('huyen trang dinh')).toContain('district:Huyện Tràng Định')
    const [village] = (await search(database.sql(), 'ban lan')).filter((result) => result.kind === 'village')
    expect(village).toMatchObject({
      communeName: expect.stringMatching(/^(Xã|Phường) /),
      center: [expect.any(Number), expect.any(Number)],
    })
  })

  test('finds nothing for text that matches nothing', async () => {
    expect(await search(database.sql(), 'zzqx')).toEqual([])
  })
})
