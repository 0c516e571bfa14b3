import { describe, expect, test } from 'vitest'
import type { FuzzCase } from '../../../scripts/fuzz/cases'
import { genericCases } from '../../../scripts/fuzz/generic-cases'
import { plan } from '../../../scripts/fuzz/plan'

const routes = ['GET /api/units/:code', 'POST /api/zones/restricted', 'PUT /api/settings']
const roles = ['public', 'planner', 'border', 'admin']
const cache = new Map<string, FuzzCase[]>()
const casesOf = (route: string): FuzzCase[] => {
  if (!cache.has(route)) cache.set(route, genericCases(route, false))
  return cache.get(route)!
}
const run = (seed: string, count: number) =>
  [...plan({ seed, count, routes, roles, casesOf })].map((planned) => {
    const wrapping = planned.wrap('A'.repeat(43))
    return `${planned.role} ${planned.route} ${planned.item.label} ${planned.item.url} | ${wrapping.label} ${JSON.stringify(wrapping.headers)}`
  })

describe('the plan of a fuzz run', () => {
  test('the same seed sends the same requests in the same envelopes; another seed does not', () => {
    expect(run('1', 500)).toEqual(run('1', 500))
    expect(run('2', 500)).not.toEqual(run('1', 500))
  })

  test('every route is asked as every role within the first round', () => {
    const first = [...plan({ seed: '3', count: routes.length * roles.length, routes, roles, casesOf })]
    const pairs = new Set(first.map((planned) => `${planned.route} ${planned.role}`))
    expect(pairs.size).toBe(routes.length * roles.length)
  })

  test('a long run sends every case of a route and every kind of malformation', () => {
    const planned = [...plan({ seed: '4', count: 20_000, routes, roles, casesOf })]
    const labels = new Set(planned.filter((item) => item.route === routes[1]).map((item) => item.item.label))
    expect(labels.size).toBe(casesOf(routes[1]!).length)
    const kinds = new Set(planned.flatMap((item) => [item.item.kind, item.wrap(undefined).kind]))
    expect([...kinds].sort()).toEqual(
      ['body', 'cookie', 'header', 'method', 'path', 'query', 'token', 'upload', null].sort(),
    )
  })
})

describe('generic cases', () => {
  test('a route nobody listed gets its path parameters, path, methods, query and body fuzzed', () => {
    const cases = genericCases('PATCH /api/things/:id/parts/:part', false)
    expect(cases.some((item) => item.kind === 'path' && item.url.startsWith("/api/things/'%20or%201%3D1"))).toBe(true)
    expect(cases.some((item) => item.kind === 'path' && item.url.startsWith('/api/things/1/parts/..'))).toBe(true)
    expect(cases.filter((item) => item.kind === 'method').map((item) => item.method)).toEqual([
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'DELETE',
      'OPTIONS',
    ])
    expect(cases.some((item) => item.kind === 'query' && item.label === '2,000 parameters')).toBe(true)
    expect(cases.some((item) => item.kind === 'body' && item.label === 'body of 6 MB')).toBe(true)
    expect(cases.some((item) => item.kind === 'upload')).toBe(true)
  })

  test('a GET route gets no body', () => {
    expect(genericCases('GET /api/units', false).some((item) => item.kind === 'body' || item.kind === 'upload')).toBe(
      false,
    )
  })
})
