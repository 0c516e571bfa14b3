import { pathCases, queryCases } from './cases'
import { anyone, type FuzzRoute, noParameters, unknownParameters } from './fuzz-route'

// OGC API – Features (/ogc, issue #13 §3): its own parameters, badly. Pages of one feature keep
// each case cheap (a commune's values are computed per feature). A defence collection's name is a
// bad value too: to anyone but the border role it is a collection that does not exist.

const formats = { f: 'json', lang: 'en' }
const items = { bbox: '106.7,21.8,106.8,21.9', limit: '1', offset: '2', ...formats }
const guessed = ['border_gates', 'restricted_zones', 'border_belt', 'border_area', 'BORDER_GATES', 'communes_2025 ']

/** Every bad value of `f` and `lang` on a document, and a few unknown parameters. */
const documentCases = (path: string) => [
  ...['f', 'lang'].flatMap((name) => queryCases(path, formats, name)),
  ...queryCases(path, formats, 'kind', unknownParameters),
]

export function ogcRouteCases(): Record<string, FuzzRoute> {
  return {
    'GET /ogc': { callers: anyone, cases: () => documentCases('/ogc') },
    'GET /ogc/conformance': { callers: anyone, cases: () => documentCases('/ogc/conformance') },
    'GET /ogc/api': noParameters('/ogc/api'),
    'GET /ogc/collections': { callers: anyone, cases: () => documentCases('/ogc/collections') },
    'GET /ogc/collections/:collectionId': {
      callers: anyone,
      cases: () => [
        ...pathCases('/ogc/collections/:collectionId', 'collectionId'),
        ...guessed.map((id) => ({
          kind: 'path' as const,
          label: id,
          url: `/ogc/collections/${encodeURIComponent(id)}`,
        })),
        ...documentCases('/ogc/collections/villages'),
      ],
    },
    'GET /ogc/collections/:collectionId/items': {
      callers: anyone,
      cases: () => [
        ...pathCases('/ogc/collections/:collectionId/items?limit=1', 'collectionId'),
        ...['bbox', 'limit', 'offset', 'f', 'lang'].flatMap((name) =>
          queryCases('/ogc/collections/villages/items', items, name),
        ),
        ...queryCases('/ogc/collections/communes_2025/items', { limit: '1', datetime: '2025' }, 'datetime', [
          ...unknownParameters,
          ...[
            '2025-02-30',
            '2025/2025',
            '2025-01-01/..',
            '../..',
            '2025-01-01T25:00:00Z',
            '20250',
            '2025-07-01T00:00:00+07:00',
          ],
        ]),
        ...queryCases('/ogc/collections/communes_2021/items', { limit: '1' }, 'x', unknownParameters),
      ],
    },
    'GET /ogc/collections/:collectionId/items/:featureId': {
      callers: anyone,
      cases: () => [
        ...pathCases('/ogc/collections/communes_2025/items/:featureId', 'featureId'),
        ...pathCases('/ogc/collections/villages/items/:featureId', 'featureId'),
        ...pathCases('/ogc/collections/:collectionId/items/1', 'collectionId'),
        ...guessed.map((id) => ({
          kind: 'path' as const,
          label: id,
          url: `/ogc/collections/${encodeURIComponent(id)}/items/1`,
        })),
        ...['datetime', 'f', 'lang'].flatMap((name) =>
          queryCases('/ogc/collections/communes_2025/items/06184', { datetime: '2024', ...formats }, name),
        ),
      ],
    },
  }
}
