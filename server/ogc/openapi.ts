import { portalTitle } from './documents'
import type { Language } from './links'
import { pageSize } from './query'

// The OpenAPI 3.0 definition of the OGC routes (conformance class OpenAPI 3.0). It is the same for
// every caller: collection ids are a free string, so it names no restricted collection.

const format = {
  name: 'f',
  in: 'query',
  required: false,
  description: 'json (default) or html',
  schema: { type: 'string', enum: ['json', 'html'], default: 'json' },
}
const language = {
  name: 'lang',
  in: 'query',
  required: false,
  description: 'Language of titles and pages: vi (default) or en',
  schema: { type: 'string', enum: ['vi', 'en'], default: 'vi' },
}
const collectionId = { name: 'collectionId', in: 'path', required: true, schema: { type: 'string' } }
const datetime = {
  name: 'datetime',
  in: 'query',
  required: false,
  description:
    'The year of the indicator values of a communes collection: a year (2025), a date in it, or an interval within one year. Other collections have no time dimension.',
  schema: { type: 'string' },
}
const items = [
  format,
  language,
  {
    name: 'bbox',
    in: 'query',
    required: false,
    description: 'west,south,east,north in CRS84; features without geometry are never inside one',
    style: 'form',
    explode: false,
    schema: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } },
  },
  {
    name: 'limit',
    in: 'query',
    required: false,
    description: `Features per page (at most ${pageSize.maximum}; more is answered with ${pageSize.maximum})`,
    schema: { type: 'integer', minimum: 1, maximum: pageSize.maximum, default: pageSize.default },
  },
  {
    name: 'offset',
    in: 'query',
    required: false,
    description: 'Features to skip; the next link carries it',
    schema: { type: 'integer', minimum: 0, default: 0 },
  },
  datetime,
]

const answer = (description: string, type: string) => ({
  description,
  content: { [type]: { schema: { type: 'object' } }, 'text/html': { schema: { type: 'string' } } },
})
const refusals = {
  '400': answer('A bad parameter, said in Vietnamese and English', 'application/json'),
  '401': answer('An access token that does not work', 'application/json'),
  '404': answer('No such collection or feature (or one the caller may not see)', 'application/json'),
}

export function openApi(root: string, language: Language) {
  const get = (summary: string, parameters: unknown[], type = 'application/json') => ({
    get: { summary, parameters, responses: { '200': answer(summary, type), ...refusals } },
  })
  return {
    openapi: '3.0.3',
    info: {
      title: portalTitle[language],
      version: '1.0.0',
      description:
        'OGC API – Features 1.0 (Core, GeoJSON, HTML, OpenAPI 3.0). Public layers for everyone; send "Authorization: Bearer <personal access token>" to read with your account’s roles.',
    },
    servers: [{ url: root }],
    components: {
      securitySchemes: { accessToken: { type: 'http', scheme: 'bearer', description: 'A personal access token' } },
    },
    security: [{}, { accessToken: [] }],
    paths: {
      '/': get('Landing page', [format, language]),
      '/conformance': get('Conformance classes', [format, language]),
      '/api': get('This API definition', [], 'application/vnd.oai.openapi+json;version=3.0'),
      '/collections': get('Collections the caller may read', [format, language]),
      '/collections/{collectionId}': get('One collection', [collectionId, format, language]),
      '/collections/{collectionId}/items': get(
        'Features of a collection',
        [collectionId, ...items],
        'application/geo+json',
      ),
      '/collections/{collectionId}/items/{featureId}': get(
        'One feature',
        [
          collectionId,
          { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } },
          format,
          language,
          datetime,
        ],
        'application/geo+json',
      ),
    },
  }
}
