import type { Page } from 'playwright-core'

// What part of the world a map shows, from the camera the page keeps in its address (`at=`) and
// the map's size on screen: Web Mercator with MapLibre's 512-pixel tiles.

type Bbox = [number, number, number, number]

const worldX = (longitude: number, zoom: number) => ((longitude + 180) / 360) * 512 * 2 ** zoom
const worldY = (latitude: number, zoom: number) => {
  const radians = (latitude * Math.PI) / 180
  return ((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * 512 * 2 ** zoom
}

/** The camera in the address, once it is there. */
export function cameraOf(url: string): { latitude: number; longitude: number; zoom: number } | null {
  const at = new URL(url).searchParams.get('at')
  if (!at) return null
  const [latitude, longitude, zoom] = at.split(',').map(Number)
  return { latitude: latitude!, longitude: longitude!, zoom: zoom! }
}

/** Whether a bbox (west, south, east, north) lies wholly inside the map element's view. */
export async function bboxInView(page: Page, mapSelector: string, bbox: Bbox): Promise<boolean> {
  const camera = cameraOf(page.url())
  const box = await page.locator(mapSelector).boundingBox()
  if (!camera || !box) return false
  const centreX = worldX(camera.longitude, camera.zoom)
  const centreY = worldY(camera.latitude, camera.zoom)
  const [west, south, east, north] = bbox
  const left = worldX(west, camera.zoom) - centreX + box.width / 2
  const right = worldX(east, camera.zoom) - centreX + box.width / 2
  const top = worldY(north, camera.zoom) - centreY + box.height / 2
  const bottom = worldY(south, camera.zoom) - centreY + box.height / 2
  return left >= -2 && top >= -2 && right <= box.width + 2 && bottom <= box.height + 2
}

/** Where a point is on the page, for a click on the map. */
export async function pointOnPage(page: Page, mapSelector: string, [longitude, latitude]: [number, number]) {
  const camera = cameraOf(page.url())!
  const box = (await page.locator(mapSelector).boundingBox())!
  return {
    x: box.x + box.width / 2 + worldX(longitude, camera.zoom) - worldX(camera.longitude, camera.zoom),
    y: box.y + box.height / 2 + worldY(latitude, camera.zoom) - worldY(camera.latitude, camera.zoom),
  }
}
