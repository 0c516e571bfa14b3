import { Hono } from 'hono'
import { visibleLayers } from '../access'
import { defaultAllocationWords } from '../allocation/rule-words'
import type { Basemap } from '../env'
import { ruleWords } from '../planning/target-words'
import type { PortalEnv } from '../portal-env'

/**
 * What the web app needs to know about the deployment: the optional basemap, the layers this caller
 * may see, and the rules of targets and of the capital allocation in words (for the methodology page).
 */
export function configRoutes(basemap: Basemap) {
  return new Hono<PortalEnv>().get('/', (c) =>
    c.json({ basemap, layers: visibleLayers(c.var.caller), rules: ruleWords, allocation: defaultAllocationWords }),
  )
}
