import { beforeAll, describe, expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { type Answer, appFor, sessionFor, testAccount } from './app'

// Issue 10 §3: every refusal a person may read says it in Vietnamese and in English, the one way
// server/message.ts answers: `{ error: <English>, message: { vi, en } }`, the Vietnamese its own
// sentence (before this issue "Sign in first.", "No unit with code …", the zod messages, the
// import's summary and Hono's own "Malformed JSON" were English only).

const database = sharedDatabase()
const api = appFor(database)
let planner: string
let admin: string

beforeAll(async () => {
  planner = await sessionFor(database.sql(), (await testAccount(database.sql(), ['planner'])).id)
  admin = await sessionFor(database.sql(), (await testAccount(database.sql(), ['admin'])).id)
})

// Words that show a Vietnamese sentence is in fact English.
const english = /\b(the|and|of|with|is|not|must|no|wrong|problems?|sign in|nothing)\b/i

function expectBilingual(answer: Answer, status: number, english_: RegExp) {
  expect(answer.status).toBe(status)
  const body = answer.json()
  expect(Object.keys(body).filter((key) => key !== 'problems')).toEqual(['error', 'message'])
  expect(body.message.en).toBe(body.error)
  expect(body.error).toMatch(english_)
  expect(body.message.vi).not.toBe(body.message.en)
  expect(body.message.vi).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i)
  return body.message.vi as string
}

describe('refusals answer { error, message: { vi, en } }', () => {
  test('sign-in with a wrong password', async () => {
    const answer = await api.post('/api/auth/login', { username: 'nobody-here', password: 'wrong' })
    expect(expectBilingual(answer, 401, /^Wrong username or password\.$/)).toBe('Sai tên đăng nhập hoặc mật khẩu.')
  })

  test('no session, and no role', async () => {
    expect(expectBilingual(await api.get('/api/users'), 401, /^Sign in first\.$/)).toBe('Hãy đăng nhập trước.')
    const vi = expectBilingual(await api.get('/api/users', { cookie: planner }), 403, /does not have the role/)
    expect(vi).not.toMatch(english)
  })

  test('a parameter refused by its schema, with our words and with zod’s', async () => {
    const year = await api.get('/api/indicators/poverty_rate/values?year=abc')
    expect(expectBilingual(year, 400, /^Bad parameter: year: must be a year$/)).toBe(
      'Tham số sai: year: phải là một năm',
    )
    // A type zod refuses before our checks run: zod's Vietnamese words.
    const body = await api.post('/api/auth/login', { username: 5, password: 'x' })
    expect(expectBilingual(body, 400, /^Bad body: username:/)).toMatch(/^Nội dung gửi lên sai: username: /)
  })

  test('what does not exist', async () => {
    expect(expectBilingual(await api.get('/api/units/99999'), 404, /^No unit with code 99999$/)).toBe(
      'Không có đơn vị hành chính mã 99999.',
    )
    expect(expectBilingual(await api.get('/api/khong-co'), 404, /^No such endpoint/)).not.toMatch(english)
    const batch = await api.get('/api/imports/2000000000', { cookie: planner })
    expect(expectBilingual(batch, 404, /^No import with id/)).not.toMatch(english)
  })

  test('a body that is not JSON (Hono’s own refusal)', async () => {
    const answer = await api.request('POST', '/api/auth/login', {
      rawBody: '{not json',
      headers: { 'content-type': 'application/json' },
    })
    expect(expectBilingual(answer, 400, /Malformed JSON/)).not.toMatch(english)
  })

  test('weights the ranking cannot use', async () => {
    const answer = await api.get('/api/ranking?weights=income_per_capita:1', { cookie: planner })
    expect(expectBilingual(answer, 400, /^Bad parameter: weights: .* province only/)).toMatch(/^Tham số sai: weights:/)
  })

  test('a refused upload: its summary in both languages, beside its problems', async () => {
    const form = new FormData()
    const csv = 'unit_code,indicator,year,value\n99999,poverty_rate,2025,1\n88888,poverty_rate,2025,2\n'
    form.set('file', new File([csv], 'che-phu-rung-2025.csv'))
    const answer = await api.request('POST', '/api/imports', { cookie: planner, form })
    const vi = expectBilingual(answer, 400, /^2 problems in che-phu-rung-2025\.csv; nothing was imported\.$/)
    expect(vi).toBe('Tệp che-phu-rung-2025.csv có 2 lỗi; chưa nhập gì.')
    expect(answer.json().problems).toHaveLength(2)
  })

  test('an admin may not lock their own account', async () => {
    const me = await api.get('/api/auth/me', { cookie: admin })
    const answer = await api.request('PATCH', `/api/users/${me.json().account.id}`, {
      cookie: admin,
      body: { disabled: true },
    })
    expect(expectBilingual(answer, 400, /cannot disable your own account/)).not.toMatch(english)
  })
})
