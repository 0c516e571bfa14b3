import { type Context, Hono, type MiddlewareHandler } from 'hono'
import type { SessionOptions } from '../env'
import { Refusal } from '../message'
import { type OgcCollection, visibleCollection, visibleCollections } from '../ogc/collections'
import {
  collectionDocument,
  collectionsDocument,
  conformance,
  conformanceDocument,
  featureText,
  itemLinks,
  itemsText,
  landing,
  linkWords,
  pageLinks,
  portalTitle,
  type Request,
} from '../ogc/documents'
import { collectionExtent, collectionFeatures } from '../ogc/features'
import {
  collectionBody,
  collectionsBody,
  conformanceBody,
  htmlPage,
  itemBody,
  itemsBody,
  landingBody,
} from '../ogc/html'
import { address, type Link, media, ogcRoot } from '../ogc/links'
import { openApi } from '../ogc/openapi'
import { apiQuery, documentQuery, itemQuery, itemsQuery } from '../ogc/query'
import type { PortalEnv } from '../portal-env'
import { audit } from '../sql/audit'
import { validate } from './validate'

// OGC API – Features (issue #13 §3) at /ogc, for QGIS, ArcGIS and GDAL. The collections a caller
// may read come from the access policy (ogc/collections.ts); a defence collection is, for anyone
// else, answered exactly like one that does not exist, decided before the query is read.

type Env = PortalEnv & { Variables: { collection: OgcCollection } }

const noCollection = new Refusal(404, {
  vi: 'Không có lớp dữ liệu này: /ogc/collections liệt kê các lớp bạn xem được.',
  en: 'No such collection: /ogc/collections lists the collections you may read.',
})
const noFeature = new Refusal(404, {
  vi: 'Lớp dữ liệu này không có đối tượng đó.',
  en: 'This collection has no such feature.',
})

/** The collection of the path, for this caller, or the one 404. */
const collectionOf: MiddlewareHandler<Env> = async (c, next) => {
  const collection = visibleCollection(c.var.caller, c.req.param('collectionId') ?? '')
  if (!collection) throw noCollection
  c.set('collection', collection)
  await next()
}

// Every feature id of the portal is made of these (codes, numbers, uuids, "2025-06184", "belt"):
// anything else names no feature, and never reaches the database.
const featureIdPattern = /^[A-Za-z0-9_.:-]{1,100}$/

const restricted = (collection: OgcCollection) => collection.source.kind === 'defence'
/** Defence layers are read like the zones route reads them: audited, and kept by no cache. */
async function auditRead(c: Context<Env>, collection: OgcCollection): Promise<Record<string, string>> {
  if (!restricted(collection)) return {}
  await audit(c.var.sql, c.var.caller, {
    action: 'restricted layer read',
    target: `ogc ${collection.id}`,
    restricted: true,
  })
  return { 'cache-control': 'no-store' }
}

const json = (body: unknown, type: string = media.json) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': `${type}; charset=utf-8` } })
const html = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8', ...headers } })

export function ogcRoutes(options: Pick<SessionOptions, 'publicOrigin' | 'trustProxy'>) {
  const requestOf = (c: Context, query: { f: 'json' | 'html'; lang: 'vi' | 'en' }): Request => ({
    root: ogcRoot(c, options),
    ...query,
  })
  /** The same address in the other language, for a page's language switch. */
  const otherLanguage = (c: Context, request: Request, path: string) => {
    const parameters = Object.fromEntries(new URL(c.req.url).searchParams)
    return address(request.root, path, { ...parameters, lang: request.lang === 'vi' ? 'en' : 'vi' })
  }
  const page = (
    c: Context,
    request: Request,
    path: string,
    title: string,
    links: Link[],
    body: string,
    headers: Record<string, string> = {},
  ) => html(htmlPage(request.lang, title, links, otherLanguage(c, request, path), body), headers)

  return new Hono<Env>()
    .get('/', validate('query', documentQuery), (c) => {
      const request = requestOf(c, c.req.valid('query'))
      const document = landing(request)
      if (request.f === 'json') return json(document)
      const links = document.links.filter((link) => link.rel !== 'self' && link.rel !== 'alternate')
      return page(
        c,
        request,
        '',
        document.title,
        document.links,
        landingBody(request.lang, document.description, request.root, links),
      )
    })
    .get('/conformance', validate('query', documentQuery), (c) => {
      const request = requestOf(c, c.req.valid('query'))
      const document = conformanceDocument(request)
      if (request.f === 'json') return json(document)
      const title = linkWords[request.lang].conformance
      return page(c, request, '/conformance', title, document.links, conformanceBody(conformance))
    })
    .get('/api', validate('query', apiQuery), (c) => {
      const root = ogcRoot(c, options)
      return json(openApi(root, 'en'), media.openapi)
    })
    .get('/collections', validate('query', documentQuery), async (c) => {
      const request = requestOf(c, c.req.valid('query'))
      const documents = []
      for (const collection of visibleCollections(c.var.caller))
        documents.push(collectionDocument(collection, await collectionExtent(c.var.sql, collection), request))
      const document = collectionsDocument(documents, request)
      const headers: Record<string, string> = documents.some((item) =>
        restricted(visibleCollection(c.var.caller, item.id)!),
      )
        ? { 'cache-control': 'no-store' }
        : {}
      if (request.f === 'json') return c.json(document, 200, headers)
      const body = collectionsBody(request.lang, documents)
      return page(c, request, '/collections', portalTitle[request.lang], document.links, body, headers)
    })
    .get('/collections/:collectionId', collectionOf, validate('query', documentQuery), async (c) => {
      const request = requestOf(c, c.req.valid('query'))
      const collection = c.var.collection
      const document = collectionDocument(collection, await collectionExtent(c.var.sql, collection), request)
      const headers: Record<string, string> = restricted(collection) ? { 'cache-control': 'no-store' } : {}
      if (request.f === 'json') return c.json(document, 200, headers)
      const body = collectionBody(request.lang, document)
      return page(c, request, `/collections/${collection.id}`, document.title, document.links, body, headers)
    })
    .get('/collections/:collectionId/items', collectionOf, validate('query', itemsQuery), async (c) => {
      const query = c.req.valid('query')
      const request = requestOf(c, query)
      const collection = c.var.collection
      const found = await collectionFeatures(c.var.sql, collection, {
        bbox: query.bbox,
        limit: query.limit,
        offset: query.offset,
        year: query.datetime,
      })
      const headers = await auditRead(c, collection)
      const raw = { bbox: c.req.query('bbox'), datetime: c.req.query('datetime') }
      const links = pageLinks(collection, found, { ...raw, limit: query.limit, offset: query.offset }, request)
      if (request.f === 'json')
        return c.body(itemsText(found, links), 200, { 'content-type': `${media.geojson}; charset=utf-8`, ...headers })
      const itemHref = (id: string) =>
        address(request.root, `/collections/${collection.id}/items/${encodeURIComponent(id)}`, {
          f: 'html',
          lang: request.lang,
          datetime: raw.datetime,
        })
      const body = itemsBody(request.lang, found, query.offset, links, itemHref)
      return page(
        c,
        request,
        `/collections/${collection.id}/items`,
        collection.title[request.lang],
        links,
        body,
        headers,
      )
    })
    .get('/collections/:collectionId/items/:featureId', collectionOf, validate('query', itemQuery), async (c) => {
      const query = c.req.valid('query')
      const request = requestOf(c, query)
      const collection = c.var.collection
      const id = c.req.param('featureId')
      if (!featureIdPattern.test(id)) throw noFeature
      const found = await collectionFeatures(c.var.sql, collection, {
        id,
        limit: 1,
        offset: 0,
        year: query.datetime,
      })
      const feature = found.features[0]
      if (!feature) throw noFeature
      const headers = await auditRead(c, collection)
      const links = itemLinks(collection, feature, request, c.req.query('datetime'))
      if (request.f === 'json')
        return c.body(featureText(feature, links), 200, {
          'content-type': `${media.geojson}; charset=utf-8`,
          ...headers,
        })
      const path = `/collections/${collection.id}/items/${encodeURIComponent(String(feature.id))}`
      const body = itemBody(request.lang, feature.properties, feature.geometry)
      return page(c, request, path, `${collection.title[request.lang]}: ${feature.id}`, links, body, headers)
    })
}
