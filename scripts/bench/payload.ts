import { gzipSync } from 'node:zlib'

type Item = { label: string; raw: number; compressed: number; milliseconds: number }

/** Fetches what the first screen asks the API for, and measures each answer raw and gzipped. */
export async function payload(base: string): Promise<{ items: Item[]; budgeted: number; total: number }> {
  const catalogue = (await (await fetch(`${base}/api/indicators`)).json()) as {
    code: string
    years: number[]
    measuredAt: string
  }[]
  const first = catalogue.find((indicator) => indicator.measuredAt !== 'province')!
  const requests = [
    ['communes (medium detail)', '/api/units?level=commune&vintage=2025&detail=medium', true],
    [
      `values of ${first.code} ${first.years.at(-1)}`,
      `/api/indicators/${first.code}/values?year=${first.years.at(-1)}&vintage=2025&level=commune`,
      true,
    ],
    ['indicator catalogue', '/api/indicators', false],
    ['province outline', '/api/units?level=province&detail=medium', false],
    ['border line', '/api/border?detail=medium', false],
    ['config', '/api/config', false],
    ['villages (points)', '/api/villages', false],
    ['village values', `/api/indicators/village_road_hardened/values?year=2026&level=village`, false],
  ] as const
  const items: (Item & { budgeted: boolean })[] = []
  for (const [label, url, budgeted] of requests) {
    const started = performance.now()
    const body = Buffer.from(await (await fetch(`${base}${url}`)).arrayBuffer())
    items.push({
      label,
      raw: body.length,
      compressed: gzipSync(body).length,
      milliseconds: Math.round(performance.now() - started),
      budgeted,
    })
  }
  const sum = (list: Item[]) => list.reduce((total, item) => total + item.compressed, 0)
  return { items, budgeted: sum(items.filter((item) => item.budgeted)), total: sum(items) }
}
