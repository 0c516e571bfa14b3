import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { en } from '../../web/i18n/en'
import { vi } from '../../web/i18n/vi'

// Every action the server writes to the audit log has a name in both languages, so the admin's
// log and its filter never show a bare code (and a new action without names fails here).
function serverActions(): string[] {
  const found = new Set<string>()
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (file.endsWith('.ts'))
        for (const match of fs
          .readFileSync(file, 'utf8')
          .matchAll(/action: (?:[^'\n]*\? )?'([a-z -]+)'(?: : '([a-z -]+)')?/g)) {
          found.add(match[1]!)
          if (match[2]) found.add(match[2])
        }
    }
  }
  walk(path.resolve('server'))
  walk(path.resolve('scripts'))
  return [...found].sort()
}

test('the server writes the actions the log names', () => {
  const actions = serverActions()
  expect(actions).toContain('restricted zone deleted')
  expect(actions).toContain('import published')
  expect(actions.length).toBeGreaterThanOrEqual(19)
})

test.each([
  ['vi', vi.admin.actions],
  ['en', en.admin.actions],
])('every audit action has a %s name', (_language, names) => {
  expect(serverActions().filter((action) => !names[action])).toEqual([])
  expect(Object.keys(names).sort()).toEqual(serverActions())
})
