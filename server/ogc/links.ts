import type { Context } from 'hono'
import type { SessionOptions } from '../env'

// Links of the OGC documents are absolute (GDAL and QGIS follow `next` as given), so they start at
// the address the client reached: PUBLIC_ORIGIN when set, the proxy's X-Forwarded-Proto and -Host
// behind TRUST_PROXY, else the request's own. The public cache keys OGC answers by it too.

export type Link = { href: string; rel: string; type: string; title?: string; hreflang?: string }
export type Language = 'vi' | 'en'
export type Format = 'json' | 'html'

export const media = {
  json: 'application/json',
  geojson: 'application/geo+json',
  html: 'text/html',
  openapi: 'application/vnd.oai.openapi+json;version=3.0',
} as const

/** The root of the OGC API as this client reaches it, e.g. "https://portal.example/ogc". */
export function ogcRoot(c: Context, options: Pick<SessionOptions, 'publicOrigin' | 'trustProxy'>): string {
  if (options.publicOrigin) return `${new URL(options.publicOrigin).origin}/ogc`
  const own = new URL(c.req.url)
  if (options.trustProxy) {
    const first = (name: string) => c.req.header(name)?.split(',')[0]?.trim()
    const host = first('x-forwarded-host')
    const protocol = first('x-forwarded-proto')
    if (host && /^[A-Za-z0-9.:[\]-]{1,255}$/.test(host))
      return `${protocol === 'https' ? 'https' : protocol === 'http' ? 'http' : own.protocol.slice(0, -1)}://${host}/ogc`
  }
  return `${own.origin}/ogc`
}

/**
 * The address of `path` under the root with these parameters (undefined ones left out), in a
 * fixed order; the language is written only when it is not the default Vietnamese.
 */
export function address(
  root: string,
  path: string,
  parameters: Record<string, string | number | undefined> = {},
): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(parameters))
    if (value !== undefined && !(name === 'lang' && value === 'vi') && !(name === 'f' && value === 'json'))
      search.set(name, String(value))
  const query = search.toString()
  return `${root}${path}${query ? `?${query}` : ''}`
}

/** The self link and its other format, for a document at `path`. */
export function selfLinks(
  root: string,
  path: string,
  query: { f: Format; lang: Language },
  jsonType: string = media.json,
  parameters: Record<string, string | number | undefined> = {},
): Link[] {
  const json = { href: address(root, path, { ...parameters, lang: query.lang }), type: jsonType }
  const html = { href: address(root, path, { ...parameters, f: 'html', lang: query.lang }), type: media.html }
  const words =
    query.lang === 'vi' ? { json: 'Dạng JSON', html: 'Dạng trang web' } : { json: 'As JSON', html: 'As a web page' }
  return query.f === 'html'
    ? [
        { ...html, rel: 'self', title: words.html },
        { ...json, rel: 'alternate', title: words.json },
      ]
    : [
        { ...json, rel: 'self', title: words.json },
        { ...html, rel: 'alternate', title: words.html },
      ]
}
