import { badJson, badText, rawEncoded, show } from './bad-values'

// Malformed requests, built from a route's own parameters: each query parameter, path parameter
// and JSON body field gets every bad value while the others stay good; the body itself gets every
// bad shape; the session cookie is a parameter too. Pure functions (scripts/fuzz and the tests).

/** What a case makes malformed (npm run fuzz counts its requests by kind). */
export type FuzzKind = 'path' | 'query' | 'body' | 'upload' | 'method' | 'header' | 'cookie' | 'token'

export type FuzzCase = {
  kind: FuzzKind
  label: string
  url: string
  /** Another method than the route's own. */
  method?: string
  body?: unknown
  rawBody?: string | Uint8Array
  headers?: Record<string, string>
  form?: FormData
}

const json = { 'content-type': 'application/json' }

/** Every bad value for one query parameter, the others as in `base`; also repeated and valueless. */
export function queryCases(path: string, base: Record<string, string>, name: string, values = badText): FuzzCase[] {
  const others = Object.entries(base).filter(([key]) => key !== name)
  const url = (pairs: string[]) => `${path}?${[...others.map(([key, value]) => `${key}=${value}`), ...pairs].join('&')}`
  return [
    ...values.map((value) => ({ label: `${name}=${show(value)}`, url: url([`${name}=${encodeURIComponent(value)}`]) })),
    ...rawEncoded.map((value) => ({ label: `${name}=${value}`, url: url([`${name}=${value}`]) })),
    { label: `${name} twice`, url: url([`${name}=${base[name] ?? '2021'}`, `${name}=${base[name] ?? '2022'}`]) },
    { label: `${name} without =`, url: url([name]) },
    { label: `${name}[]`, url: url([`${name}[]=${base[name] ?? 'x'}`]) },
  ].map((item) => ({ kind: 'query' as const, ...item }))
}

/** Every bad value for one path parameter of `template`. */
export function pathCases(
  template: string,
  name: string,
  rest: Omit<FuzzCase, 'kind' | 'label' | 'url'> = {},
): FuzzCase[] {
  const values = [...badText.map(encodeURIComponent), ...rawEncoded, '../../etc/passwd']
  return values.map((value) => ({
    kind: 'path' as const,
    label: `:${name}=${value.slice(0, 40)}`,
    url: template.replace(`:${name}`, value),
    ...rest,
  }))
}

/** Every bad JSON value for one body field, the others as in `base`; also the field missing. */
export function fieldCases(url: string, base: Record<string, unknown>, field: string): FuzzCase[] {
  const { [field]: _, ...rest } = base
  return [
    ...badJson.map((value) => ({ label: `${field}: ${show(value)}`, url, body: { ...base, [field]: value } })),
    { label: `${field} missing`, url, body: rest },
  ].map((item) => ({ kind: 'body' as const, ...item }))
}

/** The body itself malformed: bad JSON text, wrong content types, wrong shapes, extra fields, too big. */
export function bodyCases(url: string, base: Record<string, unknown>): FuzzCase[] {
  const text = JSON.stringify(base)
  const malformed = [
    '',
    ' ',
    '{',
    '{"a":',
    '[',
    'nul',
    'NaN',
    "{'a':1}",
    `${text}}`,
    '\u0000',
    `${text.slice(0, -1)},}`,
  ]
  const types = [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
  ]
  return [
    ...malformed.map((raw) => ({ label: `body ${show(raw)}`, url, rawBody: raw, headers: json })),
    ...types.map((type) => ({ label: `content-type ${type}`, url, rawBody: text, headers: { 'content-type': type } })),
    { label: 'no content-type', url, rawBody: text },
    ...[[base], [], null, 'text', 1, true, {}].map((body) => ({ label: `body ${show(body)}`, url, body })),
    {
      label: 'extra fields',
      url,
      body: { ...base, extra: 'x', role: 'border', roles: ['border'], id: 1, admin: true },
    },
    {
      label: 'prototype pollution',
      url,
      rawBody: `{"__proto__":{"admin":true,"roles":["border"]}${text === '{}' ? '}' : `,${text.slice(1)}`}`,
      headers: json,
    },
    { label: 'body of 6 MB', url, rawBody: `{"a":"${'x'.repeat(6 * 1024 * 1024)}"}`, headers: json },
    { label: 'nested 100,000 deep', url, rawBody: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, headers: json },
  ].map((item) => ({ kind: 'body' as const, ...item }))
}

/** All of a body's cases: the body as a whole and each field. */
export const bodyFuzz = (url: string, base: Record<string, unknown>, fields = Object.keys(base)) => [
  ...bodyCases(url, base),
  ...fields.flatMap((field) => fieldCases(url, base, field)),
]

/** A bad session cookie: the cookie is a parameter too. */
export const cookieCases = (url: string): FuzzCase[] =>
  [...badText.map(encodeURIComponent), 'A'.repeat(43), `${'A'.repeat(42)}=`, ...rawEncoded].map((value) => ({
    kind: 'cookie' as const,
    label: `cookie ${value.slice(0, 40)}`,
    url,
    headers: { cookie: `portal_session=${value}` },
  }))
