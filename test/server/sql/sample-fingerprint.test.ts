import { expect, test } from 'vitest'
import { sharedDatabase } from '../../database'

const database = sharedDatabase()

// The sample generator is deterministic, and PostGIS 3.3 (Debian) and 3.6 (PGlite) must give it the
// same inputs: the fingerprint of every current value is the same on both databases. When the
// generator or the data package changes on purpose, update it and say why in the commit.
const fingerprint = '0145b16276a1721bbdca1ad739d7460c'

test('the loaded values are the same on every database, run after run', async () => {
  const [row] = await database.sql()`
    select md5(string_agg(i.indicator || '|' || coalesce(u.code || '@' || u.vintage, 'v' || vi.wof_id) || '|' || i.year || '|'
      || coalesce(round(i.value_number::numeric, 2)::text, i.value_category, i.value_flag::text), ','
      order by i.indicator, u.vintage, u.code, vi.wof_id, i.year)) as fingerprint
    from indicator_value i left join unit u on u.id = i.unit_id left join village vi on vi.id = i.village_id
    where i.superseded_by is null`
  expect(row!.fingerprint).toBe(fingerprint)
})
