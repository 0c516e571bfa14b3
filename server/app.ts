import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { etag } from 'hono/etag'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { limitBodies } from './auth/body-limit'
import { identifyCaller } from './auth/caller'
import { originCheck } from './auth/origin-check'
import { roleScope } from './auth/role-scope'
import { type Availability, alwaysReady } from './availability'
import { databaseGate, databaseRefusal } from './database-gate'
import type { DatabaseKind, Sql } from './db'
import { type Basemap, defaultSession, type SessionOptions } from './env'
import { createLogger, type Logger } from './log'
import { Refusal, refusalBody } from './message'
import type { PortalEnv } from './portal-env'
import { requestLog } from './request-log'
import { auditRoutes } from './routes/audit'
import { authRoutes } from './routes/auth'
import { borderRoutes } from './routes/border'
import { configRoutes } from './routes/config'
import { exportRoutes } from './routes/exports'
import { healthRoutes } from './routes/health'
import { importRoutes } from './routes/imports'
import { indicatorRoutes } from './routes/indicators'
import { rankingRoutes } from './routes/ranking'
import { searchRoutes } from './routes/search'
import { settingRoutes } from './routes/settings'
import { targetRoutes } from './routes/targets'
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
}

export const defaultPublicStatementMs = 10_000

/**
 * Every API route, chained so that `hc<AppType>` in web/api.ts knows their shapes. Order matters:
 * the origin check and the caller first; account routes (as the database owner, schema `auth`);
 * then every other route inside a transaction scoped to the caller's roles (auth/role-scope.ts).
 */
export function apiRoutes({
  sql,
  database,
  basemap = null,
  session = defaultSession,
  availability = alwaysReady,
  publicStatementMs = defaultPublicStatementMs,
}: AppOptions) {
  return new Hono<PortalEnv>()
    .route('/api/health', healthRoutes(sql, database))
    .use('/api/*', databaseGate(availability))
    .use('/api/*', limitBodies())
    .use('/api/*', originCheck(session))
    .use('/api/*', identifyCaller(sql, session))
    .route('/api/auth', authRoutes(sql, session))
    .route('/api/users', userRoutes(sql))
    .use('/api/*', roleScope(sql, { publicStatementMs }))
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
    .route('/api/imports', importRoutes())
    .route('/api/values', valueRoutes())
    .route('/api/settings', settingRoutes())
    .route('/api', exportRoutes())
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
  app.use('/api/*', compress())
  app.use('/api/*', etag())
  // Answers differ by who asks: no shared cache may keep them.
  app.use('/api/*', async (c, next) => {
    await next()
    c.header('Vary', 'Cookie', { append: true })
    if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'private, no-cache')
  })
  app.route('/', apiRoutes(options))
  app.all('/api/*', (c) => c.json({ error: `No such endpoint: ${c.req.method} ${c.req.path}` }, 404))
  const indexPath = options.staticDir ? path.join(options.staticDir, 'index.html') : undefined
  if (options.staticDir && indexPath && fs.existsSync(indexPath)) {
    app.use('/*', compress(), serveStatic({ root: path.relative(process.cwd(), options.staticDir) }))
    // The web app routes in the browser: any other page gets index.html.
    app.get('*', (c) => c.html(fs.readFileSync(indexPath, 'utf8')))
  }
  app.notFound((c) => c.json({ error: `Not found: ${c.req.path}` }, 404))
  app.onError((error, c) => {
    const refusal = error instanceof Refusal ? error : databaseRefusal(error, availability)
    if (refusal && refusal !== error) logger.warn({ requestId: c.var.requestId, error: describe(error) }, 'database')
    if (refusal) return c.json(refusalBody(refusal.bilingual), refusal.status, refusal.headers)
    if (error instanceof HTTPException) return c.json({ error: error.message }, error.status)
    // Anything else is our fault: log it whole, answer without internals.
    logger.error({ requestId: c.var.requestId, method: c.req.method, path: c.req.path, err: error }, 'failed')
    return c.json({ error: 'Internal error; the server log has the details.' }, 500)
  })
  return app
}

/** An error's code and message for the log (a database error's text may hold SQL: never answered, only logged). */
function describe(error: unknown) {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  return { code, message }
}
