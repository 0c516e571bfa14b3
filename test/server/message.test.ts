import fs from 'node:fs'
import path from 'node:path'
import { parseSync } from 'oxc-parser'
import { describe, expect, test } from 'vitest'
import { issueMessage } from '../../server/routes/schema-words'

// Every sentence the server may answer exists in Vietnamese and English (CONVENTIONS 17, issue 10
// §3): refusals are Refusals with a Message, schema messages go through says()/bilingual(), and a
// Message's Vietnamese is its own text. Checked on the source of every file of server/, so a new
// route that throws a bare HTTPException or writes `.min(1, 'is required')` fails here.

const root = path.resolve(import.meta.dirname, '../..')

type Node = Record<string, unknown> & { type?: string; start: number; end: number }
type Finding = { file: string; line: number; what: string }

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.ts$/.test(entry.name) ? [full] : []
  })
}

function walk(node: unknown, visit: (node: Node) => void) {
  const pending: unknown[] = [node]
  while (pending.length > 0) {
    const item = pending.pop()
    if (!item || typeof item !== 'object') continue
    if (Array.isArray(item)) {
      pending.push(...item)
      continue
    }
    visit(item as Node)
    for (const [key, child] of Object.entries(item)) if (key !== 'parent') pending.push(child)
  }
}

const isText = (node: Node | undefined) =>
  node?.type === 'TemplateLiteral' || (node?.type === 'Literal' && typeof node.value === 'string')
const propertyName = (property: Node) => {
  const key = property.key as Node | undefined
  return (key?.name ?? key?.value) as string | undefined
}

// zod's checks and makers whose arguments may carry a message.
const zodChecks = new Set([
  'min',
  'max',
  'int',
  'gt',
  'gte',
  'lt',
  'lte',
  'positive',
  'nonnegative',
  'length',
  'regex',
  'refine',
  'datetime',
  'uuid',
])

/** What a file says that is not bilingual. */
function findingsOf(relative: string, text: string): Finding[] {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length
  const source = (node: Node) => text.slice(node.start, node.end)
  const usesZod = /from 'zod'/.test(text)
  const findings: Finding[] = []
  const found = (node: Node, what: string) => findings.push({ file: relative, line: lineOf(node.start), what })
  walk(parseSync(relative, text).program, (node) => {
    const callee = node.callee as Node | undefined
    const args = (node.arguments ?? []) as Node[]
    if (node.type === 'NewExpression' && callee?.name === 'HTTPException' && relative !== 'server/message.ts')
      found(node, 'new HTTPException → throw a Refusal with { vi, en }')
    if (node.type === 'CallExpression' && callee?.type === 'MemberExpression') {
      const method = (callee.property as Node).name as string
      const first = args[0]
      if (method === 'json' && first?.type === 'ObjectExpression') {
        const keys = (first.properties as Node[]).map(propertyName)
        if (keys.includes('error')) found(node, 'c.json({ error }) → answer refusalBody({ vi, en })')
      }
      if (usesZod && zodChecks.has(method) && args.some(isText)) found(node, `.${method}('…') → use says({ vi, en })`)
    }
    if (node.type === 'ObjectExpression') {
      const properties = (node.properties as Node[]).filter((property) => property.type === 'Property')
      const byName = new Map(properties.map((property) => [propertyName(property), property.value as Node]))
      const message = byName.get('message')
      if (usesZod && message && isText(message) && !byName.has('params'))
        found(node, '{ message: "…" } in a schema → use says({ vi, en })')
      const vi = byName.get('vi')
      const en = byName.get('en')
      if (vi && en && isText(vi) && isText(en)) {
        if (source(vi).length <= 2 && source(en).length > 2) found(node, 'a Message with an empty Vietnamese text')
        else if (source(vi).length > 2 && source(vi).slice(1, -1) === source(en).slice(1, -1))
          found(node, 'a Message whose Vietnamese is the English')
      }
    }
  })
  return findings
}

// The operator's start-up check of the environment speaks to whoever runs the process, in the
// variables' own (English) names, never to a user of the portal.
const operatorOnly = new Set(['server/env.ts'])
const files = sourceFiles(path.join(root, 'server')).filter((file) => !operatorOnly.has(path.relative(root, file)))

// What the check must catch: one of each kind (as source text, never compiled).
const englishOnly = `
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
const year = z.coerce.number({ message: 'must be a year' }).min(2000, 'must be 2000 or later')
app.get('/', (c) => c.json({ error: 'No such thing' }, 404))
throw new HTTPException(404, { message: 'No unit' })
throw new Refusal(400, { vi: 'Bad parameter', en: 'Bad parameter' })
throw new Refusal(400, { vi: '', en: 'Bad parameter' })
`

describe('every server message is bilingual', () => {
  test('no refusal, schema message or Message in server/ lacks its Vietnamese', () => {
    const findings = files.flatMap((file) => findingsOf(path.relative(root, file), fs.readFileSync(file, 'utf8')))
    expect(findings).toEqual([])
  })

  test('the check finds each kind of English-only message', () => {
    const whats = findingsOf('server/routes/sample.ts', englishOnly).map((finding) => finding.what.split(' → ')[0])
    expect(whats).toEqual(
      expect.arrayContaining([
        'new HTTPException',
        'c.json({ error })',
        ".min('…')",
        '{ message: "…" } in a schema',
        'a Message whose Vietnamese is the English',
        'a Message with an empty Vietnamese text',
      ]),
    )
  })

  test("zod's own words, where a schema has none of ours, are said in Vietnamese too", () => {
    const issue = { code: 'invalid_type', expected: 'number', path: ['year'], message: 'Invalid input' } as const
    const message = issueMessage(issue as never)
    expect(message.en).toBe('Invalid input')
    expect(message.vi).toMatch(/không hợp lệ/)
  })
})
