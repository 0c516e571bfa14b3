import { bodyCases, type FuzzCase, pathCases, queryCases } from './cases'
import { unknownParameters } from './fuzz-route'

// Malformed requests any route gets from its method and path alone, so that a route added later is
// fuzzed without anyone writing its cases: every path parameter badly, the path bent, other methods,
// unknown and oversized query strings, broken bodies and stray uploads. Pure.

const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const parameterNames = (template: string) => [...template.matchAll(/:(\w+)/g)].map((match) => match[1]!)
/** The template with every parameter filled by a plausible value. */
const filled = (template: string, except?: string) =>
  parameterNames(template).reduce((path, name) => (name === except ? path : path.replace(`:${name}`, '1')), template)

function bentPaths(path: string): FuzzCase[] {
  const bent: [string, string][] = [
    ['trailing slash', `${path}/`],
    ['doubled slashes', path.replaceAll('/', '//')],
    ['upper case', path.toUpperCase()],
    ['an extra segment', `${path}/x`],
    ['a dot segment', `${path}/..`],
    ['an encoded slash', `${path}%2fx`],
    ['a NUL', `${path}%00`],
    ['a matrix parameter', `${path};jsessionid=x`],
    ['an extension', `${path}.json`],
    ['a segment of 8 kB', `${path}/${'x'.repeat(8192)}`],
    ['a fragment', `${path}#x`],
  ]
  return bent.map(([label, url]) => ({ kind: 'path', label: `path with ${label}`, url }))
}

function queryShapes(path: string, listed: boolean): FuzzCase[] {
  const many = Array.from({ length: 2000 }, (_, index) => `p${index}=${index}`).join('&')
  return [
    // A listed route's own cases already send its parameters every bad value.
    ...(listed ? [] : queryCases(path, {}, 'x', unknownParameters)),
    { kind: 'query', label: '2,000 parameters', url: `${path}?${many}` },
    { kind: 'query', label: 'a query of 64 kB', url: `${path}?q=${'x'.repeat(64 * 1024)}` },
    { kind: 'query', label: 'only separators', url: `${path}?&&&==&` },
    { kind: 'query', label: 'a bare percent', url: `${path}?%` },
  ]
}

function strayUploads(path: string): FuzzCase[] {
  const form = new FormData()
  form.append('file', new File([new Uint8Array([0, 1, 2, 255])], '../../x.csv'))
  form.append('json', '{"a":1}')
  return [
    { kind: 'upload', label: 'a stray multipart upload', url: path, form },
    {
      kind: 'upload',
      label: 'multipart with a lying boundary',
      url: path,
      rawBody: '--y\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc\r\n--y--',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    },
  ]
}

/**
 * The generic malformed requests of one route, "METHOD /path/:param"; `listed` when the route has
 * its own cases in route-cases.ts (then unknown query parameters are left to those).
 */
export function genericCases(route: string, listed: boolean): FuzzCase[] {
  const [method, template] = route.split(' ') as [string, string]
  const path = filled(template)
  const withBody = method !== 'GET' && method !== 'HEAD'
  return [
    ...parameterNames(template).flatMap((name) =>
      pathCases(filled(template, name), name, withBody ? { body: {} } : {}),
    ),
    ...bentPaths(path),
    ...methods
      .filter((other) => other !== method)
      .map((other) => ({ kind: 'method' as const, label: `${other} instead of ${method}`, url: path, method: other })),
    ...queryShapes(path, listed),
    ...(withBody ? [...bodyCases(path, {}), ...strayUploads(path)] : []),
  ]
}
