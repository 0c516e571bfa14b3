import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { Context, MiddlewareHandler } from 'hono'
import type { PortalEnv } from '../portal-env'
import type { Answer, AnswerStore } from './store'
import type { PublicVersion } from './version'

// Public answers built once per data version (issue #13). A GET to a public route from a caller
// who carries neither a cookie nor an Authorization header is the same for everyone at that URL
// (no route answers by language or address), so it is built once per version, kept compressed,
// and answered `public` with a strong ETag; If-None-Match gets 304 without touching the database,
// and while the database is away the answers already built are still served. Any request with
// credentials takes the private path: built for that caller, `private, no-cache`, never kept.

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

/** Routes whose answer depends only on the URL and the published data. */
const publicRoutes = [
  /^\/api\/units(\/[0-9]{2,5}(\/former)?)?$/,
  /^\/api\/indicators(\/[a-z][a-z0-9_]*\/values)?$/,
  /^\/api\/villages$/,
  /^\/api\/border$/,
  /^\/api\/search$/,
  // The published figures as files (issue 10 §6): a ranking is refused to the public, and only 200s are kept.
  /^\/api\/export\.(csv|geojson)$/,
  // OGC API – Features (issue #13 §3): the anonymous caller's documents and pages of features; a
  // defence collection is a 404 to them, and only 200s are kept.
  /^\/ogc(\/conformance|\/api|\/collections(\/[a-z0-9_]{1,64}(\/items(\/[^/]{1,64})?)?)?)?$/,
]
const keptHeaders = ['content-type', 'content-disposition']
const largeAnswerBytes = 1024 * 1024
export const publicCacheControl = 'public, max-age=60, must-revalidate'

export const carriesCredentials = (c: Context) =>
  c.req.header('cookie') !== undefined || c.req.header('authorization') !== undefined

/** The URL with its query parameters in a fixed order: one key per answer. */
function keyOf(url: string, prefix: string): string {
  const parsed = new URL(url)
  parsed.searchParams.sort()
  return `${prefix}${parsed.pathname}?${parsed.searchParams.toString()}`
}

/** `keyPrefix`: what else the answer depends on besides the URL's path and query (the OGC links' root). */
export function publicAnswers(
  store: AnswerStore,
  version: PublicVersion,
  options: { keyPrefix?: (c: Context) => string } = {},
): MiddlewareHandler<PortalEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' || carriesCredentials(c) || !publicRoutes.some((route) => route.test(c.req.path)))
      return next()
    const key = keyOf(c.req.url, options.keyPrefix?.(c) ?? '')
    const kept = store.get(key, version.current())
    if (kept) return send(c, kept)
    const pending = store.pending(key)
    if (pending) {
      const built = await pending
      return built && built.version === version.current() ? send(c, built) : next()
    }
    const build = store.begin(key)
    let answer: Answer | undefined
    try {
      c.set('buildingPublicAnswer', true)
      await next()
      answer = await keep(c, version)
    } finally {
      build.settle(answer)
    }
    if (answer) send(c, answer)
  }
}

/** The answer to keep from the handler's response: a 200 built from the newest version known. */
async function keep(c: Context<PortalEnv>, version: PublicVersion): Promise<Answer | undefined> {
  const seen = c.var.dataVersion
  if (c.res.status !== 200 || seen === undefined) return undefined
  version.saw(seen)
  // Built from an older snapshot (a replica behind the primary): answered, not kept.
  if (seen < version.current()) return undefined
  const body = new Uint8Array(await c.res.clone().arrayBuffer())
  // The highest levels cost seconds on a page of full-detail polygons (4.5 MB of OGC features: 7 s,
  // against under 2 s for an answer 7 % larger), and the first reader waits for them.
  const large = body.length > largeAnswerBytes
  const [gzipped, brotlied] = await Promise.all([
    gzip(body, { level: large ? 6 : 9 }),
    brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: large ? 5 : 9 } }),
  ])
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16)
  return {
    version: seen,
    etag: `"v${seen}-${hash}"`,
    headers: keptHeaders.flatMap((name) => {
      const value = c.res.headers.get(name)
      return value ? [[name, value] as [string, string]] : []
    }),
    gzip: gzipped,
    brotli: brotlied,
  }
}

/** Answers with the kept answer. The handler's response (when this request built it) is dropped
 * first: Hono would otherwise copy its headers (private cache control, no encoding) onto ours. */
function send(c: Context, answer: Answer) {
  c.res = undefined as unknown as Response
  const headers = new Headers(answer.headers)
  headers.set('etag', answer.etag)
  headers.set('cache-control', publicCacheControl)
  // Cookie too: a browser keeps this answer for a minute, and once its user signs in the same URL
  // must go to the portal, not come from that copy (a planner's corrected value stayed hidden behind
  // the public answer the page had read before signing in). A shared cache still shares it among
  // visitors without a cookie.
  headers.set('vary', 'Accept-Encoding, Cookie, Authorization')
  const offered = c.req.header('if-none-match')
  if (offered?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === answer.etag)) {
    c.res = new Response(null, { status: 304, headers })
    return
  }
  const accepted = c.req.header('accept-encoding') ?? ''
  let body: Uint8Array
  if (/\bbr\b/.test(accepted)) {
    headers.set('content-encoding', 'br')
    body = answer.brotli
  } else if (/\bgzip\b/.test(accepted)) {
    headers.set('content-encoding', 'gzip')
    body = answer.gzip
  } else {
    body = zlib.gunzipSync(answer.gzip)
  }
  c.res = new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers })
}
