import { connectEmbedded } from './server/db'
import { migrate } from './server/sql/migrations'
import { loadDataPackage } from './server/geodata/load'
const t0 = Date.now()
const db = await connectEmbedded()
await migrate(db.sql)
console.log('migrated', Date.now() - t0)
try {
  const s = await loadDataPackage(db.sql, '../shared')
  console.log(s, Date.now() - t0)
  const t1 = Date.now()
  const s2 = await loadDataPackage(db.sql, '../shared')
  console.log('reload', s2.officialValuesAdded, s2.sampleValuesAdded, Date.now() - t1)
  console.log(await db.sql`select vintage, level, count(*)::int from unit group by 1,2 order by 1,2`)
  console.log(await db.sql`select value_category, count(*)::int from indicator_value where indicator='especially_difficult_commune' and year=2021 group by 1`)
  console.log(await db.sql`select share_rule, f.code, f.vintage, t.code as to from crosswalk c join unit f on f.id=c.from_unit_id join unit t on t.id=c.to_unit_id where kind<>'whole' order by f.vintage`)
  console.log(await db.sql`select count(*)::int, count(commune_2025_id)::int c25, count(commune_2019_id)::int c19 from village`)
} catch (e) { console.error(e) }
await db.close()
