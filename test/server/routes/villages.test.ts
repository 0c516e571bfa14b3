import { expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { appFor } from './app'

const api = appFor(sharedDatabase())

test('GET /api/villages returns 1,351 points', async () => {
  const response = await api.get('/api/villages')
  expect(response.type).toContain('application/geo+json')
  expect(response.json().features).toHaveLength(1351)
})

test('GET /api/villages?commune= filters, and an unknown commune is a 404', async () => {
  expect((await api.get('/api/villages?commune=06184')).json().features.length).toBeGreaterThan(0)
  const missing = await api.get('/api/villages?commune=99999')
  expect(missing.status).toBe(404)
  expect(missing.json().error).toBe('No 2025 commune with code 99999')
})

test('GET /api/border returns the public, indicative border line', async () => {
  const collection = (await api.get('/api/border')).json()
  expect(collection.features).toHaveLength(1)
  expect(collection.features[0].properties.lengthKm).toBeGreaterThan(225)
  expect(collection.features[0].properties.note).toMatch(/indicative/)
})
