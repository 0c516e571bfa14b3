import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type MiddlewareHandler } from 'hono'
import { compress } from 'hono/compress'
import { etag } from 'hono/etag'
import { secureHeaders } from 'hono/secure-headers'
import { limitBodies } from './auth/body-limit'
import { identifyCaller } from './auth/caller'
import { originCheck } from './auth/origin-check'
import { roleScope } from './auth/role-scope'
import { sessionOnly } from './auth/session-only'
import { type Availability, alwaysReady } from './availability'
import { databaseGate, databaseRefusal } from './database-gate'
import type { DatabaseKind, Sql } from './db'
import { type Basemap, defaultSession, type SessionOptions } from './env'
import { createLogger, type Logger } from './log'
import { asRefusal, refusalBody } from './message'
import { ogcRoot } from './ogc/links'
import type { PortalEnv } from './portal-env'
import type { DownloadTally } from './public-cache/downloads'
import { publicAnswers } from './public-cache/middleware'
import { type AnswerStore, answerStore } from './public-cache/store'
import { localVersion, type PublicVersion } from './public-cache/version'
import type { ReadReplica } from './read-replica'
import { requestLog } from './request-log'
import { allocationRoutes } from './routes/allocation'
import { allocationExportRoutes } from './routes/allocation-exports'
import { auditRoutes } from './routes/audit'
import { authRoutes } from './routes/auth'
import { borderRoutes } from './routes/border'
import { configRoutes } from './routes/config'
import { exportRoutes } from './routes/exports'
import { healthRoutes } from './routes/health'
import { importRoutes } from './routes/imports'
import { indicatorRoutes } from './routes/indicators'
import { ogcRoutes } from './routes/ogc'
import { rankingRoutes } from './routes/ranking'
import { reportRoutes } from './routes/reports'
import { searchRoutes } from './routes/search'
import { settingRoutes } from './routes/settings'
import { targetRoutes } from './routes/targets'
import { tokenRoutes } from './routes/tokens'
import { unitRoutes } from './routes/units'
import { userRoutes } from './routes/users'
import { valueRoutes } from './routes/values'
import { villageRoutes } from './routes/villages'
import { zoneRoutes } from './routes/zones'

export type AppOptions = {
  sql: Sql
  database: DatabaseKind
  basemap?: Basemap
  session?: SessionOptions
  /** The web app's production build (vite build), served at `/` when present. */
  staticDir?: string
  /** Whether the database can answer now (server/availability.ts); always, unless given. */
  availability?: Availability
  /** statement_timeout of a public (anonymous) request on PostgreSQL. */
  publicStatementMs?: number
  /** The portal's log; by default errors only, on stdout (tests). */
  logger?: Logger
  /** What this process knows of the public data version (public-cache/version.ts). */
  publicVersion?: PublicVersion
  /** Where public answers are kept (one per app unless given). */
  answers?: AnswerStore
  /** A read replica for the public's reads (DATABASE_READ_URL). */
  reads?: ReadReplica
  /** Where the public's downloads are counted (public-cache/downloads.ts); not counted unless given. */
  downloads?: DownloadTally
}

/** A middleware skipped while a public answer is being built (the store compresses and tags it). */
const unlessBuilding =
  (middleware: MiddlewareHandler<PortalEnv>): MiddlewareHandler<PortalEnv> =>
  (c, next) =>
    c.var.buildingPublicAnswer ? next() : middleware(c, next)

export const defaultPublicStatementMs = 10_000

/**
 * Every API route, chained so that `hc<AppType>` in web/api.ts knows their shapes. Order matters:
 * the origin check and the caller first; account routes (as the database owner, schema `auth`;
 * never with an access token, auth/session-only.ts); then every other route inside a transaction
 * scoped to the caller's roles (auth/role-scope.ts). OGC API – Features (/ogc, issue #13) takes
 * the same steps as /api: the gate, body limits, origin check, caller, role scope.
 */
export function apiRoutes({
  sql,
  database,
  basemap = null,
  session = defaultSession,
  availability = alwaysReady,
  publicStatementMs = defaultPublicStatementMs,
  reads,
}: AppOptions) {
  return new Hono<PortalEnv>()
    .route('/api/health', healthRoutes(sql, database))
    .use('/api/*', databaseGate(availability))
    .use('/ogc/*', databaseGate(availability))
    .use('/api/*', limitBodies())
    .use('/ogc/*', limitBodies())
    .use('/api/*', originCheck(session))
    .use('/ogc/*', originCheck(session))
    .use('/api/*', identifyCaller(sql, session))
    .use('/ogc/*', identifyCaller(sql, session))
    .use('/api/auth/*', sessionOnly)
    .route('/api/auth/tokens', tokenRoutes(sql))
    .route('/api/auth', authRoutes(sql, session))
    .route('/api/users', userRoutes(sql))
    .use('/api/*', roleScope(sql, { publicStatementMs, reads }))
    .use('/ogc/*', roleScope(sql, { publicStatementMs, reads }))
    .route('/api/config', configRoutes(basemap))
    .route('/api/units', unitRoutes())
    .route('/api/indicators', indicatorRoutes())
    .route('/api/villages', villageRoutes())
    .route('/api/search', searchRoutes())
    .route('/api/border', borderRoutes())
    .route('/api/zones', zoneRoutes())
    .route('/api/audit', auditRoutes())
    .route('/api/ranking', rankingRoutes())
    .route('/api/targets', targetRoutes())
    .route('/api/allocation', allocationRoutes())
    .route('/api/allocation', allocationExportRoutes())
    .route('/api/reports', reportRoutes())
    .route('/api/imports', importRoutes())
    .route('/api/values', valueRoutes())
    .route('/api/settings', settingRoutes())
    .route('/api', exportRoutes())
    .route('/ogc', ogcRoutes(session))
}

export type AppType = ReturnType<typeof apiRoutes>

/** Everything the page loads comes from the portal itself, except the optional basemap's tiles. */
function contentSecurityPolicy(basemap: Basemap) {
  const tiles = basemap ? [new URL(basemap.url.replace(/[{}]/g, '')).origin] : []
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // React sets element styles (legend swatches, tooltip position) inline.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:', ...tiles],
    connectSrc: ["'self'", ...tiles],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  }
}

export function createApp(options: AppOptions) {
  const app = new Hono<PortalEnv>()
  const logger = options.logger ?? createLogger('error')
  const availability = options.availability ?? alwaysReady
  app.use('*', requestLog(logger))
  app.use('*', secureHeaders({ contentSecurityPolicy: contentSecurityPolicy(options.basemap ?? null) }))
  // Public answers come from the store of the current data version; the rest is compressed and
  // tagged per request (a public answer being built is compressed once, by the store).
  const version = options.publicVersion ?? localVersion(options.sql)
  const answers = options.answers ?? answerStore()
  // Counted around the public cache, so that a download answered from it counts too.
  if (options.downloads) app.use('/api/*', options.downloads.middleware)
  app.use('/api/*', publicAnswers(answers, version))
  // OGC answers hold absolute links: kept per root the client reached (ogc/links.ts).
  const session = options.session ?? defaultSession
  app.use('/ogc/*', publicAnswers(answers, version, { keyPrefix: (c) => ogcRoot(c, session) }))
  for (const paths of ['/api/*', '/ogc/*']) {
    app.use(paths, unlessBuilding(compress()))
    app.use(paths, unlessBuilding(etag()))
  }
  // After a change this process committed, the version it made is known before the next request.
  app.use('/api/*', async (c, next) => {
    await next()
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400) await version.refresh().catch(() => {})
  })
  // Answers differ by who asks (a session cookie or an access token): no shared cache may keep them.
  const privateAnswers: MiddlewareHandler<PortalEnv> = async (c, next) => {
    await next()
    c.header('Vary', 'Cookie, Authorization', { append: true })
    if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'private, no-cache')
  }
  app.use('/api/*', privateAnswers)
  app.use('/ogc/*', privateAnswers)
  app.route('/', apiRoutes(options))
  app.all('/api/*', (c) =>
    c.json(
      refusalBody({
        vi: `Không có địa chỉ API ${c.req.method} ${c.req.path}.`,
        en: `No such endpoint: ${c.req.method} ${c.req.path}`,
      }),
      404,
    ),
  )
  // Before the web app's catch-all: an OGC address that does not exist is a 404, never index.html.
  app.all('/ogc/*', (c) =>
    c.json(
      // The path is not echoed: it may name a defence collection, and the answer must not differ.
      refusalBody({
        vi: 'Không có địa chỉ OGC API này: hãy bắt đầu từ /ogc.',
        en: 'No such OGC API address: start at /ogc',
      }),
      404,
    ),
  )
  const indexPath = options.staticDir ? path.join(options.staticDir, 'index.html') : undefined
  if (options.staticDir && indexPath && fs.existsSync(indexPath)) {
    app.use('/*', compress(), serveStatic({ root: path.relative(process.cwd(), options.staticDir) }))
    // The web app routes in the browser: any other page gets index.html.
    app.get('*', (c) => c.html(fs.readFileSync(indexPath, 'utf8')))
  }
  app.notFound((c) => c.json(refusalBody({ vi: `Không tìm thấy: ${c.req.path}`, en: `Not found: ${c.req.path}` }), 404))
  app.onError((error, c) => {
    const refused = asRefusal(error)
    // A replica that failed a public read is set aside; the primary's availability is not touched.
    const database = refused ? undefined : databaseRefusal(error, c.var.readReplica ?? availability)
    if (database) logger.warn({ requestId: c.var.requestId, error: describe(error) }, 'database')
    const refusal = refused ?? database
    if (refusal) return c.json(refusalBody(refusal.bilingual), refusal.status, refusal.headers)
    // Anything else is our fault: log it whole, answer without internals.
    logger.error({ requestId: c.var.requestId, method: c.req.method, path: c.req.path, err: error }, 'failed')
    const internal = {
      vi: 'Lỗi nội bộ; nhật ký máy chủ có chi tiết.',
      en: 'Internal error; the server log has the details.',
    }
    return c.json(refusalBody(internal), 500)
  })
  return app
}

/** An error's code and message for the log (a database error's text may hold SQL: never answered, only logged). */
function describe(error: unknown) {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  return { code, message }
}
