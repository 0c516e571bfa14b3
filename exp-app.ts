import { connectEmbedded } from './server/db'
import { migrate } from './server/sql/migrations'
import { loadDataPackage } from './server/geodata/load'
import { createApp } from './server/app'
const db = await connectEmbedded()
await migrate(db.sql)
await loadDataPackage(db.sql, '../shared')
const app = createApp({ sql: db.sql, database: 'embedded' })
const get = async (url: string) => { const t = Date.now(); const r = await app.request(url); const text = await r.text(); console.log(r.status, url, text.length, 'bytes', Date.now() - t, 'ms'); return text }
await get('/api/health').then(console.log)
await get('/api/units?vintage=2025')
await get('/api/units?vintage=2025&detail=low')
await get('/api/units?level=district')
await get('/api/units?level=commune&vintage=2021').then(t => console.log(t.slice(0, 300)))
await get('/api/units/06040').then(t => console.log(t.slice(0, 3000)))
await get('/api/indicators').then(t => console.log(JSON.parse(t).map((i: any) => [i.code, i.years.join(','), i.provenances.join()]).join('\n')))
await get('/api/indicators/especially_difficult_commune/values?year=2021&vintage=2021').then(t => { const j = JSON.parse(t); const c: any = {}; for (const v of j.communes) c[v.valueCategory] = (c[v.valueCategory] ?? 0) + 1; console.log(c) })
await get('/api/indicators/especially_difficult_commune/values?year=2021').then(t => console.log(t.slice(0, 600)))
await get('/api/indicators/poverty_rate/values?year=2022').then(t => console.log(t.slice(0, 800)))
await get('/api/indicators/village_road_hardened/values?year=2025').then(t => console.log(t.slice(0, 600)))
await get('/api/indicators/village_road_hardened/values?year=2025&level=village').then(t => console.log(t.slice(0, 300)))
await get('/api/villages').then(t => console.log(JSON.parse(t).features.length))
for (const q of ['dong dang', 'ky lua', 'hoang van thu', 'Đồng', 'ban']) await get('/api/search?q=' + encodeURIComponent(q)).then(t => console.log(JSON.parse(t).results.slice(0, 6).map((r: any) => `${r.kind} ${r.code ?? r.villageId} ${r.name} ${r.vintage ?? ''} → ${r.communeName ?? ''} (${r.districtName ?? ''})`).join('\n')))
await get('/api/search?q=%25%25')
await get('/api/units?vintage=2021&level=district').then(t => console.log(t.slice(0, 100)))
await get('/api/units?level=district&vintage=2025').then(console.log)
await get('/api/indicators/nope/values').then(console.log)
await get('/api/indicators/forest_cover/values?year=abc').then(console.log)
await db.close()
