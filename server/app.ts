import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { etag } from 'hono/etag'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import type { DatabaseKind, Sql } from './db'
import type { Basemap } from './env'
import { borderRoutes } from './routes/border'
import { configRoutes } from './routes/config'
import { healthRoutes } from './routes/health'
import { indicatorRoutes } from './routes/indicators'
import { searchRoutes } from './routes/search'
import { unitRoutes } from './routes/units'
import { villageRoutes } from './routes/villages'

/** Every API route, chained so that `hc<AppType>` in web/api.ts knows their shapes. */
export function apiRoutes(sql: Sql, database: DatabaseKind, basemap: Basemap = null) {
  return new Hono()
    .route('/api/health', healthRoutes(sql, database))
    .route('/api/config', configRoutes(basemap))
    .route('/api/units', unitRoutes(sql))
    .route('/api/indicators', indicatorRoutes(sql))
    .route('/api/villages', villageRoutes(sql))
    .route('/api/search', searchRoutes(sql))
    .route('/api/border', borderRoutes(sql))
}

export type AppType = ReturnType<typeof apiRoutes>

export type AppOptions = {
  sql: Sql
  database: DatabaseKind
  basemap?: Basemap
  /** The web app's production build (vite build), served at `/` when present. */
  staticDir?: string
}

export function createApp({ sql, database, basemap = null, staticDir }: AppOptions) {
  const app = new Hono()
  app.use('*', secureHeaders())
  app.use('/api/*', compress())
  app.use('/api/*', etag())
  app.route('/', apiRoutes(sql, database, basemap))
  app.all('/api/*', (c) => c.json({ error: `No such endpoint: ${c.req.method} ${c.req.path}` }, 404))
  const indexPath = staticDir ? path.join(staticDir, 'index.html') : undefined
  if (staticDir && indexPath && fs.existsSync(indexPath)) {
    app.use('/*', compress(), serveStatic({ root: path.relative(process.cwd(), staticDir) }))
    // The web app routes in the browser: any other page gets index.html.
    app.get('*', (c) => c.html(fs.readFileSync(indexPath, 'utf8')))
  }
  app.notFound((c) => c.json({ error: `Not found: ${c.req.path}` }, 404))
  app.onError((error, c) => {
    if (error instanceof HTTPException) return c.json({ error: error.message }, error.status)
    // Anything else is our fault: log it whole, answer without internals.
    console.error(`${c.req.method} ${c.req.path} failed:`, error)
    return c.json({ error: 'Internal error; the server log has the details.' }, 500)
  })
  return app
}
