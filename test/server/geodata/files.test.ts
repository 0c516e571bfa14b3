import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import sources from '../../../geodata/sources.json'
import { packageFiles, packagePath, projectPackageDir } from '../../../server/geodata/files'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true })
})

/** An empty package folder with the given files in it. */
function packageWith(files: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-layout-'))
  folders.push(dir)
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), '')
  }
  return dir
}

describe('the data package the project carries (issue #14, section 0)', () => {
  test('every file the loader reads is in geodata/', () => {
    const missing = Object.values(packageFiles).filter((file) => !fs.existsSync(path.join(projectPackageDir, file)))
    expect(missing).toEqual([])
  })

  test('every file the loader reads has a source with a licence, a credit and where it was taken from', () => {
    for (const file of Object.values(packageFiles)) {
      const claimed = sources.filter((source) => source.files.includes(file))
      expect(claimed, file).toHaveLength(1)
      const [source] = claimed
      expect(source!.licence.vi && source!.licence.en, file).toBeTruthy()
      expect(source!.attribution.vi && source!.attribution.en, file).toBeTruthy()
      expect(source!.upstream.length > 0 || source!.note !== null, file).toBe(true)
    }
  })

  test('a source names only files the package has, and pins its upstream where one is recorded', () => {
    const known = new Set<string>(Object.values(packageFiles))
    for (const source of sources) {
      expect(
        source.files.filter((file) => !known.has(file)),
        source.id,
      ).toEqual([])
      for (const upstream of source.upstream) {
        expect(upstream.address, source.id).toMatch(/^https:\/\//)
        if (upstream.pin && /^[0-9a-f]{40}$/.test(upstream.pin)) expect(upstream.address).toContain(upstream.pin)
      }
    }
  })
})

describe('packagePath', () => {
  test('finds raw/ and reference/ side by side, as in geodata/', () => {
    const dir = packageWith([packageFiles.villages, packageFiles.crosswalk])
    expect(packagePath(dir, packageFiles.villages)).toBe(path.join(dir, packageFiles.villages))
    expect(packagePath(dir, packageFiles.crosswalk)).toBe(path.join(dir, packageFiles.crosswalk))
  })

  test('also reads the data compiler’s layout, with the extracts in geodata/raw/', () => {
    const dir = packageWith([`geodata/${packageFiles.villages}`, packageFiles.crosswalk])
    expect(packagePath(dir, packageFiles.villages)).toBe(path.join(dir, 'geodata', packageFiles.villages))
    expect(packagePath(dir, packageFiles.crosswalk)).toBe(path.join(dir, packageFiles.crosswalk))
  })
})
