import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// The `postgres` client as npm ships it, without the project's patch (patches/postgres+3.4.9.patch),
// to show that the fault the patch guards against is real: a copy of the installed package with
// the patch's hunks applied backwards, and a module hook that
// makes `import 'postgres'` load the copy.

export function unpatchedPostgres(): { hook: string; folder: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'unpatched-postgres-'))
  const copy = path.join(folder, 'postgres')
  fs.cpSync(path.resolve('node_modules/postgres'), copy, { recursive: true })
  const patch = fs.readFileSync(path.resolve('patches/postgres+3.4.9.patch'), 'utf8')
  for (const section of patch.split(/^diff --git /m).slice(1)) {
    const file = /^\+\+\+ b\/node_modules\/postgres\/(.+)$/m.exec(section)?.[1]
    if (!file) continue
    const target = path.join(copy, file)
    let source = fs.readFileSync(target, 'utf8')
    // Each hunk backwards: its lines as patched (context and added) become its lines as shipped.
    for (const hunk of section.split(/^@@[^\n]*\n/m).slice(1)) {
      const lines = hunk.split('\n').filter((line) => /^[ +-]/.test(line))
      const patched = lines.filter((line) => !line.startsWith('-')).map((line) => line.slice(1))
      const shipped = lines.filter((line) => !line.startsWith('+')).map((line) => line.slice(1))
      const at = source.indexOf(patched.join('\n'))
      if (at < 0) throw new Error(`${file}: a hunk of the patch is not in the installed file`)
      source = source.slice(0, at) + shipped.join('\n') + source.slice(at + patched.join('\n').length)
    }
    fs.writeFileSync(target, source)
  }
  const entry = `file://${path.join(copy, 'src/index.js')}`
  const hook = path.join(folder, 'hook.mjs')
  const resolver = `export async function resolve(specifier, context, next) {
  return specifier === 'postgres' ? { url: ${JSON.stringify(entry)}, shortCircuit: true } : next(specifier, context)
}`
  fs.writeFileSync(
    hook,
    `import { register } from 'node:module'\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(resolver)}))\n`,
  )
  return { hook, folder }
}
