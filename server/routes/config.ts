import { Hono } from 'hono'
import type { Basemap } from '../env'

/** What the web app needs to know about the deployment: the optional online basemap. */
export function configRoutes(basemap: Basemap) {
  return new Hono().get('/', (c) => c.json({ basemap }))
}
