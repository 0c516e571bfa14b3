import { expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { appFor } from './app'

const database = sharedDatabase()
const api = appFor(database)

test('GET /api/health says the process is alive, without asking the database', async () => {
  const response = await api.get('/api/health')
  expect(response.status).toBe(200)
  expect(response.json()).toEqual({ status: 'ok', database: database.kind })
})

test('GET /api/health/ready asks the database: its kind and the PostGIS version', async () => {
  const response = await api.get('/api/health/ready')
  expect(response.status).toBe(200)
  expect(response.json()).toEqual({
    status: 'ready',
    database: database.kind,
    postgis: expect.stringMatching(/^3\.\d+/),
  })
})

test('an unknown endpoint answers 404 in JSON', async () => {
  const response = await api.get('/api/nothing-here')
  expect(response.status).toBe(404)
  expect(response.json()).toEqual({
    error: 'No such endpoint: GET /api/nothing-here',
    message: { vi: 'Không có địa chỉ API GET /api/nothing-here.', en: 'No such endpoint: GET /api/nothing-here' },
  })
})

test('pages may load nothing from elsewhere: a strict content security policy', async () => {
  const response = await api.get('/api/health')
  const policy = response.headers.get('content-security-policy') ?? ''
  expect(policy).toContain("default-src 'self'")
  expect(policy).toContain("frame-ancestors 'none'")
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
})
