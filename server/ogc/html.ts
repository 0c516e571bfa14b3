import type { FeaturePage } from '../sql/feature-pages'
import type { CollectionDocument } from './documents'
import type { Language, Link } from './links'

// The OGC documents as web pages for people (conformance class HTML), in Vietnamese or English.
// Plain server-written HTML, no script: the strict CSP holds, and every text is escaped.

const words = {
  vi: {
    collections: 'Các lớp dữ liệu',
    conformance: 'Chuẩn tuân thủ',
    api: 'Định nghĩa API (OpenAPI 3.0)',
    features: 'Các đối tượng',
    id: 'Mã',
    title: 'Tên',
    description: 'Mô tả',
    extent: 'Phạm vi',
    years: 'Các năm có số liệu',
    shown: (from: number, to: number, of: number) => `Đối tượng ${from}–${to} trong ${of}`,
    none: 'Không có đối tượng nào.',
    next: 'Trang sau',
    prev: 'Trang trước',
    property: 'Thuộc tính',
    value: 'Giá trị',
    geometry: 'Hình học',
    noGeometry: 'không có (null)',
    other: 'English',
    gis: 'Mở trong QGIS: Lớp → Thêm lớp → Thêm lớp WFS / OGC API – Features, địa chỉ',
  },
  en: {
    collections: 'Collections',
    conformance: 'Conformance',
    api: 'API definition (OpenAPI 3.0)',
    features: 'Features',
    id: 'Id',
    title: 'Title',
    description: 'Description',
    extent: 'Extent',
    years: 'Years with values',
    shown: (from: number, to: number, of: number) => `Features ${from}–${to} of ${of}`,
    none: 'No features.',
    next: 'Next page',
    prev: 'Previous page',
    property: 'Property',
    value: 'Value',
    geometry: 'Geometry',
    noGeometry: 'none (null)',
    other: 'Tiếng Việt',
    gis: 'Open in QGIS: Layer → Add Layer → Add WFS / OGC API – Features Layer, address',
  },
}

const escaped = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
const anchor = (href: string, text: string) => `<a href="${escaped(href)}">${escaped(text)}</a>`
const style =
  'body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1f2933}' +
  'table{border-collapse:collapse;width:100%}td,th{border:1px solid #cbd2d9;padding:.25rem .5rem;text-align:left;vertical-align:top}' +
  'nav{display:flex;gap:1rem;flex-wrap:wrap;margin-bottom:1rem}code{background:#f0f4f8;padding:0 .25rem}'

/** A whole page: the title, a line of links (its JSON, its collection, the page in the other language), and the body. */
export function htmlPage(
  language: Language,
  title: string,
  links: Link[],
  otherLanguage: string,
  body: string,
): string {
  const navigation = links
    .filter((link) => link.rel !== 'self' && link.rel !== 'next' && link.rel !== 'prev')
    .map((link) => anchor(link.href, link.title ?? link.rel))
  navigation.push(anchor(otherLanguage, words[language].other))
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escaped(title)}</title><style>${style}</style></head><body><nav>${navigation.join('')}</nav><h1>${escaped(title)}</h1>${body}</body></html>`
}

export const landingBody = (language: Language, description: string, root: string, links: Link[]) =>
  `<p>${escaped(description)}</p><ul>${links.map((link) => `<li>${anchor(link.href, link.title ?? link.rel)}</li>`).join('')}</ul><p>${escaped(words[language].gis)} <code>${escaped(root)}</code></p>`

export const conformanceBody = (classes: string[]) =>
  `<ul>${classes.map((item) => `<li>${anchor(item, item)}</li>`).join('')}</ul>`

export function collectionsBody(language: Language, collections: CollectionDocument[]): string {
  const text = words[language]
  const rows = collections.map((collection) => {
    const page = collection.links.find((link) => link.rel === 'self' || link.rel === 'alternate')
    const html = collection.links.find((link) => link.type === 'text/html' && link.rel !== 'items')
    return `<tr><td>${anchor(html?.href ?? page?.href ?? '', collection.title)}</td><td><code>${escaped(collection.id)}</code></td><td>${escaped(collection.description)}</td></tr>`
  })
  return `<table><thead><tr><th>${text.title}</th><th>${text.id}</th><th>${text.description}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

export function collectionBody(language: Language, collection: CollectionDocument): string {
  const text = words[language]
  const items = collection.links.find((link) => link.rel === 'items' && link.type === 'text/html')
  const bbox = collection.extent.spatial?.bbox[0]
  const interval = collection.extent.temporal?.interval[0]
  return `<p>${escaped(collection.description)}</p><dl><dt>${text.id}</dt><dd><code>${escaped(collection.id)}</code></dd>${
    bbox ? `<dt>${text.extent}</dt><dd>${bbox.map((value) => escaped(value)).join(', ')}</dd>` : ''
  }${interval ? `<dt>${text.years}</dt><dd>${escaped(interval[0]?.slice(0, 4))}–${escaped(interval[1]?.slice(0, 4))}</dd>` : ''}</dl><p>${items ? anchor(items.href, text.features) : ''}</p>`
}

/** A page of features as a table: id (linking to the feature), then every property. */
export function itemsBody(
  language: Language,
  page: FeaturePage,
  offset: number,
  links: Link[],
  itemHref: (id: string) => string,
) {
  const text = words[language]
  const first = page.features[0]
  if (!first) return `<p>${text.none}</p>`
  const names = Object.keys(first.properties)
  const rows = page.features.map(
    (feature) =>
      `<tr><td>${anchor(itemHref(String(feature.id)), String(feature.id))}</td>${names.map((name) => `<td>${escaped(feature.properties[name])}</td>`).join('')}</tr>`,
  )
  const paging = links
    .filter((link) => link.rel === 'next' || link.rel === 'prev')
    .map((link) => anchor(link.href, link.rel === 'next' ? text.next : text.prev))
  return `<p>${text.shown(offset + 1, offset + page.features.length, page.matched)}</p><nav>${paging.join('')}</nav><div style="overflow-x:auto"><table><thead><tr><th>${text.id}</th>${names.map((name) => `<th>${escaped(name)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
}

export function itemBody(language: Language, properties: Record<string, unknown>, geometry: string | null): string {
  const text = words[language]
  const rows = Object.entries(properties).map(
    ([name, value]) => `<tr><th>${escaped(name)}</th><td>${escaped(value)}</td></tr>`,
  )
  const shape = geometry ? (JSON.parse(geometry) as { type: string }).type : text.noGeometry
  return `<table><thead><tr><th>${text.property}</th><th>${text.value}</th></tr></thead><tbody>${rows.join('')}<tr><th>${text.geometry}</th><td>${escaped(shape)}</td></tr></tbody></table>`
}
