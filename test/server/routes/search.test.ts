import { expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { appFor } from './app'

const api = appFor(sharedDatabase())

test('GET /api/search?q=dong dang answers Xã Đồng Đăng first', async () => {
  const body = (await api.get('/api/search?q=dong%20dang')).json()
  expect(body.query).toBe('dong dang')
  expect(body.results[0]).toMatchObject({ kind: 'commune', code: '06184', name: 'Xã Đồng Đăng' })
})

test.each([
  ['', 'q: is required'],
  ['?q=', 'q: is required'],
  ['?q=%25%25%25', 'q: must contain a letter or a digit'],
  [`?q=${'a'.repeat(101)}`, 'q: must be at most 100 characters'],
  ['?q=ban&limit=0', 'limit: must be at least 1'],
])('GET /api/search%s is a 400: %s', async (query, message) => {
  const response = await api.get(`/api/search${query}`)
  expect(response.status).toBe(400)
  expect(response.json().error).toContain(message)
})

test('SQL in the query is only text: it finds nothing and breaks nothing', async () => {
  const response = await api.get(`/api/search?q=${encodeURIComponent("'; drop table unit; --")}`)
  expect(response.status).toBe(200)
  expect((await api.get('/api/units?vintage=2025')).json().features).toHaveLength(65)
})
