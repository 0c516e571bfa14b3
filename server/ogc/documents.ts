import type { FeaturePage, FeatureRow } from '../sql/feature-pages'
import type { OgcCollection } from './collections'
import type { CollectionExtent } from './features'
import { address, type Format, type Language, type Link, media, selfLinks } from './links'

// The JSON documents of OGC API – Features 1.0 (Core, GeoJSON, OpenAPI 3.0, HTML): pure functions of
// the data and the request's root, format and language.

export const conformance = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
]
const crs84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'

export type Request = { root: string; f: Format; lang: Language }

export const linkWords = {
  vi: { conformance: 'Chuẩn tuân thủ', collections: 'Các lớp dữ liệu' },
  en: { conformance: 'Conformance classes', collections: 'Collections' },
}

export const portalTitle = {
  vi: 'Cổng thông tin quy hoạch Lạng Sơn — OGC API – Features',
  en: 'Lạng Sơn planning portal — OGC API – Features',
}
const portalDescription = {
  vi: 'Các lớp bản đồ của cổng thông tin cho phần mềm GIS (QGIS, ArcGIS, GDAL): ranh giới xã các thời kỳ kèm số liệu chỉ tiêu, thôn bản, ranh giới tỉnh và đường biên giới tham khảo. Lớp hạn chế chỉ hiện với mã truy cập của tài khoản có vai trò biên phòng.',
  en: 'The portal’s map layers for GIS software (QGIS, ArcGIS, GDAL): communes of each period with their indicator values, villages, the province outline and the indicative border line. Restricted layers appear only with an access token of an account holding the border role.',
}

export function landing(request: Request) {
  const { root, lang } = request
  return {
    title: portalTitle[lang],
    description: portalDescription[lang],
    links: [
      ...selfLinks(root, '', request),
      { href: address(root, '/api'), rel: 'service-desc', type: media.openapi, title: 'OpenAPI 3.0' },
      {
        href: address(root, '/conformance', { lang }),
        rel: 'conformance',
        type: media.json,
        title: linkWords[lang].conformance,
      },
      {
        href: address(root, '/collections', { lang }),
        rel: 'data',
        type: media.json,
        title: linkWords[lang].collections,
      },
    ] satisfies Link[],
  }
}

export const conformanceDocument = (request: Request) => ({
  links: selfLinks(request.root, '/conformance', request),
  conformsTo: conformance,
})

/** One collection's description; `extent` from the data (features.ts). */
export function collectionDocument(collection: OgcCollection, extent: CollectionExtent, request: Request) {
  const { root, lang } = request
  const path = `/collections/${collection.id}`
  const [first, last] = [extent.years[0], extent.years.at(-1)]
  return {
    id: collection.id,
    title: collection.title[lang],
    description: collection.description[lang],
    itemType: 'feature',
    crs: [crs84],
    extent: {
      ...(extent.bbox ? { spatial: { bbox: [extent.bbox], crs: crs84 } } : {}),
      ...(first !== undefined && last !== undefined
        ? {
            temporal: {
              interval: [[`${first}-01-01T00:00:00Z`, `${last}-12-31T23:59:59Z`]],
              trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian',
            },
          }
        : {}),
    },
    links: [
      ...selfLinks(root, path, request),
      {
        href: address(root, `${path}/items`, { lang }),
        rel: 'items',
        type: media.geojson,
        title: collection.title[lang],
      },
      {
        href: address(root, `${path}/items`, { f: 'html', lang }),
        rel: 'items',
        type: media.html,
        title: collection.title[lang],
      },
    ] satisfies Link[],
  }
}

export type CollectionDocument = ReturnType<typeof collectionDocument>

export const collectionsDocument = (documents: CollectionDocument[], request: Request) => ({
  links: selfLinks(request.root, '/collections', request),
  collections: documents,
})

/** A feature as GeoJSON text: the geometry is PostGIS's own text, spliced in rather than parsed. */
export const featureText = (feature: FeatureRow, links?: Link[]) =>
  `{"type":"Feature","id":${JSON.stringify(feature.id)},"geometry":${feature.geometry ?? 'null'},"properties":${JSON.stringify(feature.properties)}${links ? `,"links":${JSON.stringify(links)}` : ''}}`

export type PageParameters = { bbox?: string; datetime?: string; limit: number; offset: number }

/** The links of a page of items: itself, its other format, and the next and previous pages. */
export function pageLinks(collection: OgcCollection, page: FeaturePage, parameters: PageParameters, request: Request) {
  const path = `/collections/${collection.id}/items`
  const { bbox, datetime, limit, offset } = parameters
  const at = (start: number) => ({ bbox, datetime, limit, offset: start === 0 ? undefined : start })
  const type = request.f === 'html' ? media.html : media.geojson
  const format = request.f === 'html' ? 'html' : undefined
  const links: Link[] = [
    ...selfLinks(request.root, path, request, media.geojson, at(offset)),
    {
      href: address(request.root, `/collections/${collection.id}`, { lang: request.lang }),
      rel: 'collection',
      type: media.json,
      title: collection.title[request.lang],
    },
  ]
  if (offset + page.features.length < page.matched)
    links.push({
      href: address(request.root, path, { ...at(offset + limit), f: format, lang: request.lang }),
      rel: 'next',
      type,
    })
  if (offset > 0)
    links.push({
      href: address(request.root, path, { ...at(Math.max(0, offset - limit)), f: format, lang: request.lang }),
      rel: 'prev',
      type,
    })
  return links
}

/** A page of items as GeoJSON text. */
export function itemsText(page: FeaturePage, links: Link[]): string {
  const features = page.features.map((feature) => featureText(feature)).join(',')
  return `{"type":"FeatureCollection","numberMatched":${page.matched},"numberReturned":${page.features.length},"links":${JSON.stringify(links)},"features":[${features}]}`
}

/** One item's links: itself, its other format, and its collection. */
export function itemLinks(collection: OgcCollection, feature: FeatureRow, request: Request, datetime?: string) {
  const path = `/collections/${collection.id}/items/${encodeURIComponent(String(feature.id))}`
  return [
    ...selfLinks(request.root, path, request, media.geojson, { datetime }),
    {
      href: address(request.root, `/collections/${collection.id}`, { lang: request.lang }),
      rel: 'collection',
      type: media.json,
      title: collection.title[request.lang],
    },
  ]
}
