import path from 'node:path'
import { build, type Rollup } from 'vite'
import { expect, test } from 'vitest'

// Issue 13 §2: what the first coloured map does not need comes after it. A stray import once put
// deck.gl (its TextLayer, for gate labels) into the script every visitor loads before the map; this
// builds the web app and lists the modules index.html loads.

async function firstLoad(): Promise<string[]> {
  const output = (await build({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'silent',
    build: { write: false },
  })) as Rollup.RollupOutput
  const chunks = new Map(
    output.output
      .filter((item): item is Rollup.OutputChunk => item.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  )
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry)!
  const loaded = new Set<string>()
  const visit = (chunk: Rollup.OutputChunk) => {
    if (loaded.has(chunk.fileName)) return
    loaded.add(chunk.fileName)
    for (const name of chunk.imports) visit(chunks.get(name)!)
  }
  visit(entry)
  return [...loaded].flatMap((name) => chunks.get(name)!.moduleIds).map((id) => path.relative(process.cwd(), id))
}

test("the first load holds MapLibre and the map, but not deck.gl, the villages, the labels, the planner's and border staff's tools or the picture's code", async () => {
  const modules = await firstLoad()
  expect(modules).toContain('web/map/map-view.tsx')
  expect(modules.some((id) => id.includes('node_modules/maplibre-gl/'))).toBe(true)
  const later = modules.filter((id) =>
    /node_modules\/@(deck|luma)\.gl\/|web\/layers\/(villages|labels|gate-labels|deck-layers)\.ts|web\/map\/deck-overlay\.tsx|web\/components\/(ranking-panel|targets-view|imports-view|compare-view|planner-tools|border-panel|sessions-dialog)\.tsx|web\/map\/(map-image|offscreen-map)\.ts/.test(
      id,
    ),
  )
  expect(later).toEqual([])
}, 120_000)
