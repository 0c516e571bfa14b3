import { pointOnFeature } from '@turf/turf'
import type { Page } from 'playwright-core'

// The commune names as the map draws them, read from the deck.gl canvas's pixels: which names are
// on screen, where, and how dark their ink is. Nothing is asked of the app: each name's box comes
// from the commune's published outline (the point turf puts inside it, as the app does), the
// camera in the address and the text measured in the page's own fonts.

export type DrawnLabel = {
  text: string
  box: { left: number; top: number; right: number; bottom: number }
  ink: number
}

type Candidate = { text: string; position: [number, number] }

async function candidates(base: string): Promise<Candidate[]> {
  const answer = await fetch(new URL('/api/units?level=commune&vintage=2025&detail=medium', base))
  const collection = (await answer.json()) as {
    features: { properties: { name: string }; geometry: unknown }[]
  }
  return collection.features
    .filter((feature) => feature.geometry)
    .map((feature) => ({
      text: feature.properties.name.replace(/^(Xã|Phường|Thị trấn) /, ''),
      position: pointOnFeature(feature as never).geometry.coordinates as [number, number],
    }))
}

/**
 * The names drawn on the map at `at` (latitude, longitude, zoom of the address), with no commune
 * selected, or with the commune named `selected` (its name is larger). Each commune's name is written in the page's fonts where the map would put it; it
 * counts as drawn when most of its letters' pixels have ink on the map's label canvas (a name
 * left out beside a drawn one is covered only where the two meet). `ink` is the strongest alpha of
 * its dark pixels (0–255): a faded name has none above a few dozen.
 */
export async function drawnLabels(
  page: Page,
  base: string,
  at: { latitude: number; longitude: number; zoom: number },
  selected: string | null = null,
): Promise<DrawnLabel[]> {
  const list = await candidates(base)
  return page.evaluate(
    ({ list, at, selected }) => {
      // deck.gl's canvas over the map (a second overlay that never started may linger, 300 × 150).
      const canvas = [...document.querySelectorAll<HTMLCanvasElement>('#map canvas#deckgl-overlay')].reduce((a, b) =>
        b.width * b.height >= a.width * a.height ? b : a,
      )
      const width = canvas.clientWidth
      const height = canvas.clientHeight
      const copy = document.createElement('canvas')
      copy.width = width
      copy.height = height
      const context = copy.getContext('2d', { willReadFrequently: true })!
      context.drawImage(canvas, 0, 0, width, height)
      const map = context.getImageData(0, 0, width, height).data
      const world = ([longitude, latitude]: [number, number]) => {
        const scale = 512 * 2 ** at.zoom
        const sine = Math.sin((latitude * Math.PI) / 180)
        return [((longitude + 180) / 360) * scale, (0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)) * scale]
      }
      const [centreX, centreY] = world([at.longitude, at.latitude])
      const usual = at.zoom < 9 ? 11 : 13
      const letters = document.createElement('canvas')
      letters.width = width
      letters.height = height
      const writer = letters.getContext('2d', { willReadFrequently: true })!
      writer.textAlign = 'center'
      writer.textBaseline = 'middle'
      const drawn = []
      for (const label of list) {
        const size = label.text === selected ? 14 : usual
        writer.font = `600 ${size}px system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif`
        const [x, y] = world(label.position)
        const middleX = width / 2 + x! - centreX!
        const middleY = height / 2 + y! - centreY!
        const half = writer.measureText(label.text).width / 2
        const box = { left: middleX - half, right: middleX + half, top: middleY - size / 2, bottom: middleY + size / 2 }
        if (box.left < 0 || box.right > width || box.top < 0 || box.bottom > height) continue
        writer.clearRect(0, 0, width, height)
        writer.fillText(label.text, middleX, middleY)
        const left = Math.floor(box.left) - 2
        const top = Math.floor(box.top) - 4
        const boxWidth = Math.ceil(half * 2) + 4
        const boxHeight = size + 8
        const glyphs = writer.getImageData(left, top, boxWidth, boxHeight).data
        // Pixels of the letters, and the dark ones of the map: the name is drawn when they match at
        // some offset of at most two pixels (the map's text and the page's are laid out a little apart).
        const letterPixels: number[] = []
        for (let row = 0; row < boxHeight; row += 1)
          for (let column = 0; column < boxWidth; column += 1)
            if (glyphs[(row * boxWidth + column) * 4 + 3]! >= 128)
              letterPixels.push((top + row) * width + left + column)
        const dark = (pixel: number) =>
          map[pixel * 4 + 3]! > 100 &&
          0.3 * map[pixel * 4]! + 0.59 * map[pixel * 4 + 1]! + 0.11 * map[pixel * 4 + 2]! < 110
        let covered = 0
        for (let dy = -2; dy <= 2; dy += 1)
          for (let dx = -2; dx <= 2; dx += 1)
            covered = Math.max(covered, letterPixels.filter((pixel) => dark(pixel + dy * width + dx)).length)
        let ink = 0
        for (const pixel of letterPixels)
          for (const step of [0, -1, 1, -width, width])
            if (
              0.3 * map[(pixel + step) * 4]! +
                0.59 * map[(pixel + step) * 4 + 1]! +
                0.11 * map[(pixel + step) * 4 + 2]! <
              110
            )
              ink = Math.max(ink, map[(pixel + step) * 4 + 3]!)
        if (letterPixels.length > 0 && covered / letterPixels.length > 0.5) drawn.push({ text: label.text, box, ink })
      }
      return drawn
    },
    { list, at, selected },
  )
}

/** How many pixels of the deck.gl canvas hold ink: 0 until deck.gl (loaded after the map) has drawn. */
export function labelInk(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('#map canvas#deckgl-overlay')]
    const canvas = canvases.reduce<HTMLCanvasElement | null>(
      (a, b) => (!a || b.width * b.height >= a.width * a.height ? b : a),
      null,
    )
    if (!canvas || canvas.width === 0) return 0
    const copy = document.createElement('canvas')
    copy.width = canvas.width
    copy.height = canvas.height
    const context = copy.getContext('2d')!
    context.drawImage(canvas, 0, 0)
    const pixels = context.getImageData(0, 0, copy.width, copy.height).data
    let ink = 0
    for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 0) ink += 1
    return ink
  })
}

/** Pairs of drawn names whose boxes overlap by more than `tolerance` pixels both ways. */
export function overlaps(labels: DrawnLabel[], tolerance = 2): string[] {
  const found: string[] = []
  for (const [index, a] of labels.entries())
    for (const b of labels.slice(index + 1)) {
      const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left)
      const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top)
      if (across > tolerance && down > tolerance) found.push(`${a.text} / ${b.text}`)
    }
  return found
}
