import { describe, expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { appFor, sessionFor, testAccount } from './app'
import { parseCsv } from './csv-reading'

// Issue 10 §5: the border officer's near-border list and the admin's audit log as CSV files, through
// the server's one CSV writer (BOM, formulas neutralised), restricted and audited like the lists.

const database = sharedDatabase()
const api = appFor(database)

async function caller(roles: string[]) {
  const account = await testAccount(database.sql(), roles)
  return { ...account, cookie: await sessionFor(database.sql(), account.id) }
}

describe('GET /api/zones/near-border/export.csv', () => {
  test('the villages near the border with their flags, nearest first, said restricted, and audited', async () => {
    const officer = await caller(['border'])
    const answer = await api.get('/api/zones/near-border/export.csv?level=village&within=5', {
      cookie: officer.cookie,
    })
    expect(answer.status).toBe(200)
    expect(answer.type).toBe('text/csv; charset=utf-8')
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="lang-son-near-border-village-5km.csv"',
    )
    const csv = parseCsv(answer)
    const listed = (await api.get('/api/zones/near-border?level=village&within=5', { cookie: officer.cookie })).json()
    expect(csv.header.slice(0, 5)).toEqual(['village_id', 'village', 'commune_code', 'commune', 'distance_km'])
    expect(csv.header).toContain('cultural_house')
    expect(csv.rows.map((row) => row.village)).toEqual(listed.places.map((place: { name: string }) => place.name))
    expect(csv.rows[0]!.cultural_house).toMatch(/^(yes|no|)$/)
    expect(csv.metadata.join('\n')).toContain('TÀI LIỆU HẠN CHẾ')
    const [entry] = await database.sql()`
      select restricted from audit.event where username = ${officer.username} and action = 'export'`
    expect(entry).toEqual({ restricted: true })
  })

  test('communes on the line are 0 km away', async () => {
    const officer = await caller(['border'])
    const answer = await api.get('/api/zones/near-border/export.csv?level=commune&within=1', {
      cookie: officer.cookie,
    })
    const csv = parseCsv(answer)
    expect(csv.header).toEqual(['commune_code', 'commune', 'distance_km'])
    expect(csv.rows.find((row) => row.commune_code === '06184')?.distance_km).toBe('0')
  })

  test.each([
    ['nobody', [] as string[], 401],
    ['a planner and admin', ['planner', 'admin'], 403],
  ])('%s is refused', async (_who, roles, status) => {
    const cookie = roles.length > 0 ? (await caller(roles)).cookie : undefined
    expect((await api.get('/api/zones/near-border/export.csv', { cookie })).status).toBe(status)
  })
})

describe('GET /api/audit/export.csv', () => {
  test('the filtered log as a file, with formula-looking text neutralised, and the download audited', async () => {
    const admin = await caller(['admin'])
    const trap = `=hyperlink("http://evil.example")-${admin.id}`
    expect((await api.post('/api/auth/login', { username: trap, password: 'not it 123456' })).status).toBe(401)
    const answer = await api.get('/api/audit/export.csv?action=sign-in%20failed', { cookie: admin.cookie })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="lang-son-audit-\d{4}-\d\d-\d\d\.csv"$/,
    )
    const csv = parseCsv(answer)
    expect(csv.header).toEqual(['id', 'at', 'username', 'address', 'action', 'target', 'detail'])
    expect(csv.rows.every((row) => row.action === 'sign-in failed')).toBe(true)
    expect(csv.rows.map((row) => row.target)).toContain(`'${trap}`)
    expect(csv.metadata).toContain('Nội dung / what: action=sign-in failed')
    const mine = (await api.get(`/api/audit?username=${admin.username}`, { cookie: admin.cookie })).json()
    expect(mine[0]).toMatchObject({ action: 'export', target: 'audit csv' })
  })

  test('restricted entries only for an admin who also holds border, as in the log', async () => {
    const officer = await caller(['border'])
    await api.get('/api/zones?kind=gates', { cookie: officer.cookie })
    const query = `/api/audit/export.csv?username=${officer.username}`
    const plain = parseCsv(await api.get(query, { cookie: (await caller(['admin'])).cookie }))
    const chief = parseCsv(await api.get(query, { cookie: (await caller(['admin', 'border'])).cookie }))
    expect(plain.rows).toEqual([])
    expect(chief.rows.map((row) => `${row.action} ${row.target}`)).toEqual(['restricted layer read gates'])
  })

  test('a planner is refused', async () => {
    expect((await api.get('/api/audit/export.csv', { cookie: (await caller(['planner'])).cookie })).status).toBe(403)
  })
})
