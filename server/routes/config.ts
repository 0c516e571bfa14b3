import { Hono } from 'hono'
import { visibleLayers } from '../access'
import type { Basemap } from '../env'
import type { PortalEnv } from '../portal-env'

/** What the web app needs to know about the deployment: the optional basemap, and the layers this caller may see. */
export function configRoutes(basemap: Basemap) {
  return new Hono<PortalEnv>().get('/', (c) => c.json({ basemap, layers: visibleLayers(c.var.caller) }))
}
