import { describe, expect, test } from 'vitest'
import { answerProblems } from '../../../scripts/fuzz/judge'

const json = (status: number, body: unknown) => ({ status, text: JSON.stringify(body) })

describe('answerProblems', () => {
  test('a success and a clean bilingual refusal pass', () => {
    expect(answerProblems(json(200, { type: 'FeatureCollection', features: [{ name: 'Xã Đồng Đăng' }] }))).toEqual([])
    expect(
      answerProblems(json(400, { error: 'year: must be a year', message: { vi: 'Năm sai', en: 'Bad year' } })),
    ).toEqual([])
  })

  test('a server error, a stack trace, SQL text or a refusal that is not { error } are each found', () => {
    expect(answerProblems(json(500, { error: 'Internal error' }))[0]).toMatch(/^status 500/)
    const stack = 'TypeError: x is undefined\n    at handler (/srv/portal/server/routes/units.ts:12:7)'
    expect(answerProblems({ status: 200, text: stack }).length).toBeGreaterThan(0)
    expect(answerProblems(json(400, { error: 'syntax error at or near "where"' }))).not.toEqual([])
    expect(
      answerProblems(json(400, { error: 'insert or update on table "x" violates foreign key constraint "y"' })),
    ).not.toEqual([])
    expect(answerProblems(json(200, { note: 'relation "defence.zone" does not exist' }))).not.toEqual([])
    expect(answerProblems({ status: 404, text: 'Not Found' })).toEqual(['404 is not JSON: Not Found'])
    expect(answerProblems(json(403, { error: 'no', detail: 'x' }))[0]).toMatch(/is not \{ error: string \}/)
    // Issue 10 §3: English only, or the same words twice, is not a refusal a person can read.
    expect(answerProblems(json(401, { error: 'Sign in first.' }))[0]).toMatch(/Vietnamese and English/)
    const same = { error: 'Bad year', message: { vi: 'Bad year', en: 'Bad year' } }
    expect(answerProblems(json(400, same))[0]).toMatch(/Vietnamese and English/)
  })
})
