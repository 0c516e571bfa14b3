import { zipSync } from 'fflate'
import { expect, test } from 'vitest'
import { zipProblem } from '../../../server/imports/zip-guard'
import { lyingZipBomb, pathTrick, workbook, zipBomb } from '../../fixtures/imports/files'

test('a workbook as the template writes it passes', () => {
  expect(zipProblem(workbook([['unit_code'], ['06040']]))).toBeUndefined()
})

test('an entry that inflates 1,000 times is refused from the directory', () => {
  expect(zipProblem(zipBomb())?.en).toMatch(/expands abnormally \(more than 100 times, or over 50 MB in all\)/)
})

test('an entry whose directory lies about its size is refused while inflating', () => {
  expect(zipProblem(lyingZipBomb())?.en).toMatch(/expands abnormally/)
})

test('an entry with a path that leaves the folder is refused', () => {
  expect(zipProblem(pathTrick())?.en).toBe(
    'The .xlsx file holds an entry with an unsafe path ("../../evil.xml"): the file is refused.',
  )
  const backslash = zipSync({ 'xl\\worksheets\\sheet1.xml': new Uint8Array(4) })
  expect(zipProblem(backslash)?.en).toMatch(/unsafe path/)
  expect(zipProblem(zipSync({ '/abs.xml': new Uint8Array(4) }))?.en).toMatch(/unsafe path/)
})

test('more than 100 entries are refused', () => {
  const entries = Object.fromEntries(Array.from({ length: 101 }, (_, index) => [`e${index}.xml`, new Uint8Array(1)]))
  expect(zipProblem(zipSync(entries))?.en).toMatch(/101 entries, more than the limit of 100/)
})

// Making 52 MB of noise takes seconds on a busy machine: not a timing, a build-up.
test('more than 50 MB in all is refused, even at a modest ratio', { timeout: 60_000 }, () => {
  const noise = (seed: number) =>
    Uint8Array.from({ length: 1024 * 1024 }, (_, index) => (index * seed * 2654435761) >>> 24)
  const entries = Object.fromEntries(Array.from({ length: 52 }, (_, index) => [`e${index}.bin`, noise(index + 1)]))
  expect(zipProblem(zipSync(entries, { level: 0 }))?.en).toMatch(/over 50 MB in all/)
})

test('bytes that are not a zip are reported as damaged', () => {
  expect(zipProblem(new TextEncoder().encode('PK\u0003\u0004 not really'))?.en).toMatch(/damaged/)
})
