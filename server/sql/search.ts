import type { Sql } from '../db'

export type SearchResult = {
  kind: 'commune' | 'district' | 'former_commune' | 'village'
  code: string | null
  villageId: number | null
  name: string
  vintage: string | null
  /** The district a former commune belonged to, to tell same-named units apart. */
  districtName: string | null
  /** The 2025 commune a village lies in, or that a former commune became part of. */
  communeCode: string | null
  communeName: string | null
  center: [number, number] | null
}

/**
 * Accent-insensitive search (tone marks dropped, đ folded to d) over communes, districts, former
 * communes and villages. Matches that keep the diacritics the user typed come first, then matches
 * at the start of a word, then units before villages. A former name appears once per 2025 unit it became
 * part of, whatever lists and districts named it (the newest list wins). Only public data is searched.
 */
export async function search(sql: Sql, query: string, limit = 30): Promise<SearchResult[]> {
  return sql<SearchResult[]>`
    with q as (select fold_name(${query}) as folded, fold_case(${query}) as cased),
    candidates as (
      select 'commune' as kind, 1 as kind_order, u.code, null::int as village_id, u.name, u.vintage,
        null as district_name, u.code as commune_code, u.name as commune_name, u.geom, u.search_name
      from unit u, q where u.level = 'commune' and u.vintage = '2025' and u.search_name like '%' || q.folded || '%'
      union all
      select 'district', 2, u.code, null, u.name, u.vintage, null, null, null, u.geom, u.search_name
      from unit u, q where u.level = 'district' and u.search_name like '%' || q.folded || '%'
      union all
      -- One row per former name and what it became: the same unit is on several lists (2019, 2021,
      -- 2024), under districts that changed; the newest list naming it wins.
      (select distinct on (u.search_name, t.code) 'former_commune', 3, u.code, null, u.name, u.vintage,
        d.name, t.code, t.name, t.geom, u.search_name
      from unit u
      left join unit d on d.id = u.parent_id
      join crosswalk c1 on c1.from_unit_id = u.id
      join unit m on m.id = c1.to_unit_id
      left join crosswalk c2 on c2.from_unit_id = m.id and m.vintage = '2021'
      join unit t on t.id = case when m.vintage = '2025' then m.id else c2.to_unit_id end
      cross join q
      where u.level = 'commune' and u.vintage in ('2024', '2021', '2019') and u.search_name like '%' || q.folded || '%'
      order by u.search_name, t.code, u.vintage desc)
      union all
      select 'village', 4, null, v.id, v.name, null, null, c.code, c.name, v.geom, v.search_name
      from village v left join unit c on c.id = v.commune_2025_id, q
      where v.search_name like '%' || q.folded || '%'
    )
    select kind, code, village_id, name, vintage, district_name, commune_code, commune_name,
      case when geom is not null then json_build_array(
        round(st_x(st_pointonsurface(geom))::numeric, 5), round(st_y(st_pointonsurface(geom))::numeric, 5)) end as center
    from candidates, q
    order by
      -- diacritics the user typed count only when there were some
      (q.cased <> q.folded and fold_case(name) like '%' || q.cased || '%') desc,
      -- a match at the start of a word beats one inside a word, whatever the kind
      (search_name like q.folded || '%' or search_name like '% ' || q.folded || '%') desc,
      kind_order, length(name), name, commune_name
    limit ${limit}`
}
