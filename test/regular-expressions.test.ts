import fs from 'node:fs'
import path from 'node:path'
import { RegExpParser } from '@eslint-community/regexpp'
import { parseSync } from 'oxc-parser'
import { analyse } from 'scslre'
import { describe, expect, test } from 'vitest'

// Every regular expression the portal's code holds must run in linear time, whatever text it meets
// (issue #9: `/\s*%$/` over an import cell took 14 s for 200 KB). scslre is the analysis behind
// eslint-plugin-regexp's no-super-linear-backtracking and no-super-linear-move; Biome has no such rule.

const root = path.resolve(import.meta.dirname, '..')
const folders = ['server', 'web', 'scripts']

// Patterns built at run time cannot be analysed here: each is reviewed by hand and named with why
// it is linear. A new one fails this test until it is reviewed and listed.
const reviewedDynamic: Record<string, string> = {
  'server/geodata/fields.ts': 'a fixed count of digits, anchored at both ends',
}

type Found = { file: string; pattern: string; flags: string; line: number }

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [full] : []
  })
}

/** The regex literals of a file, and the places that build a RegExp from something else. */
function regexesOf(file: string): { literals: Found[]; dynamic: number[] } {
  const text = fs.readFileSync(file, 'utf8')
  const relative = path.relative(root, file)
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length
  const literals: Found[] = []
  const dynamic: number[] = []
  const pending: unknown[] = [parseSync(file, text).program]
  while (pending.length > 0) {
    const node = pending.pop()
    if (!node || typeof node !== 'object') continue
    if (Array.isArray(node)) {
      pending.push(...node)
      continue
    }
    const item = node as Record<string, unknown> & { type?: string; start: number }
    const regex = item.regex as { pattern: string; flags: string } | undefined
    if (item.type === 'Literal' && regex) literals.push({ file: relative, ...regex, line: lineOf(item.start) })
    const callee = item.callee as { type?: string; name?: string } | undefined
    if ((item.type === 'NewExpression' || item.type === 'CallExpression') && callee?.name === 'RegExp') {
      const [first, second] = item.arguments as { type: string; value?: unknown }[]
      if (first?.type === 'Literal' && typeof first.value === 'string' && (!second || second.type === 'Literal'))
        literals.push({
          file: relative,
          pattern: first.value,
          flags: String(second?.value ?? ''),
          line: lineOf(item.start),
        })
      else dynamic.push(lineOf(item.start))
    }
    for (const [key, child] of Object.entries(item)) if (key !== 'parent') pending.push(child)
  }
  return { literals, dynamic }
}

/** What scslre finds super-linear in a pattern: backtracking within itself, or moving along the input. */
function superLinear(pattern: string, flags: string): string[] {
  const literal = new RegExpParser().parseLiteral(`/${pattern}/${flags}`)
  return analyse(literal, { reportTypes: { Move: true, Self: true, Trade: true } }).reports.map((report) => report.type)
}

const files = folders.flatMap((folder) => sourceFiles(path.join(root, folder)))
const found = files.map(regexesOf)

describe('regular expressions', () => {
  test('the analysis catches the patterns of issue #9', () => {
    expect(superLinear(String.raw`\s*%$`, '')).toContain('Move')
    expect(superLinear(String.raw`^[+-]?(\d+\.?\d*|\.\d+)$`, '')).toContain('Trade')
    expect(superLinear('^(a+)+$', '')).toContain('Self')
    expect(superLinear(String.raw`^-?\d+([.,]\d+)?$`, '')).toEqual([])
  })

  test('the walk finds the regexes of the source (a broken walk would pass everything)', () => {
    const literals = found.flatMap((file) => file.literals)
    expect(literals.length).toBeGreaterThan(50)
    expect(literals.some((item) => item.file === 'server/imports/cell-values.ts')).toBe(true)
  })

  test('no regex in server/, web/ or scripts/ is super-linear', () => {
    const slow = found
      .flatMap((file) => file.literals)
      .flatMap((item) => {
        const kinds = superLinear(item.pattern, item.flags)
        return kinds.length > 0
          ? [`${item.file}:${item.line} /${item.pattern}/${item.flags} (${kinds.join(', ')})`]
          : []
      })
    expect(slow).toEqual([])
  })

  test('every RegExp built at run time has been reviewed', () => {
    const unreviewed = files.flatMap((file, index) => {
      const relative = path.relative(root, file)
      return reviewedDynamic[relative] ? [] : found[index]!.dynamic.map((line) => `${relative}:${line}`)
    })
    expect(unreviewed).toEqual([])
  })
})
