import { unzlibSync } from 'fflate'

// Reads a PNG as an image viewer does, for the report's maps (issue 11 §1: "real PNGs"): the
// signature, the header, the inflated image data unfiltered (PNG spec §9: None, Sub, Up, Average,
// Paeth). Only what resvg writes: 8-bit RGB or RGBA, not interlaced.

const signature = [137, 80, 78, 71, 13, 10, 26, 10]

export type Png = { width: number; height: number; rgb: (x: number, y: number) => string }

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft
  const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)]
  return a <= b && a <= c ? left : b <= c ? up : upLeft
}

export function readPng(bytes: Uint8Array): Png {
  if (!signature.every((byte, index) => bytes[index] === byte)) throw new Error('not a PNG: no PNG signature')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const data: Uint8Array[] = []
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | undefined
  for (let offset = 8; offset < bytes.length; ) {
    const length = view.getUint32(offset)
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8))
    const body = bytes.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      const fields = new DataView(body.buffer, body.byteOffset, body.byteLength)
      header = {
        width: fields.getUint32(0),
        height: fields.getUint32(4),
        depth: body[8]!,
        colour: body[9]!,
        interlace: body[12]!,
      }
    }
    if (type === 'IDAT') data.push(body)
    if (type === 'IEND') break
    offset += 12 + length
  }
  if (header?.depth !== 8 || ![2, 6].includes(header.colour) || header.interlace !== 0)
    throw new Error(`unexpected PNG header ${JSON.stringify(header)}`)
  const { width, height } = header
  const channels = header.colour === 6 ? 4 : 3
  const joined = new Uint8Array(data.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of data) {
    joined.set(part, at)
    at += part.length
  }
  const filtered = unzlibSync(joined)
  const stride = width * channels
  const pixels = new Uint8Array(stride * height)
  for (let row = 0; row < height; row += 1) {
    const filter = filtered[row * (stride + 1)]!
    for (let column = 0; column < stride; column += 1) {
      const raw = filtered[row * (stride + 1) + 1 + column]!
      const left = column >= channels ? pixels[row * stride + column - channels]! : 0
      const up = row > 0 ? pixels[(row - 1) * stride + column]! : 0
      const upLeft = row > 0 && column >= channels ? pixels[(row - 1) * stride + column - channels]! : 0
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]
      if (predicted === undefined) throw new Error(`unknown PNG filter ${filter} in row ${row}`)
      pixels[row * stride + column] = (raw + predicted) & 0xff
    }
  }
  const hex = (value: number) => value.toString(16).padStart(2, '0')
  return {
    width,
    height,
    rgb: (x, y) => {
      const at = y * stride + x * channels
      return `#${hex(pixels[at]!)}${hex(pixels[at + 1]!)}${hex(pixels[at + 2]!)}`
    },
  }
}
