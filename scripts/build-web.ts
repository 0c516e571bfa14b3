// Runs before `npm start`: builds the web app into dist/ when dist/ is missing or older than the
// web sources, so a fresh clone serves the map and a restart does not rebuild for nothing.
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'vite'

const newest = (target: string): number => {
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((name) => newest(path.join(target, name))))
}

const built = path.resolve('dist/index.html')
const sources = ['web', 'geodata/sources.json', 'vite.config.ts', 'package-lock.json', 'server/app.ts', 'server/routes']
const stale =
  !fs.existsSync(built) ||
  Math.max(...sources.map((source) => newest(path.resolve(source)))) > fs.statSync(built).mtimeMs
if (stale) {
  console.log('Building the web app …')
  await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn' })
}
