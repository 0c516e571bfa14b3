-- Each 2025 commune's and each village's distance to the border line, in metres, computed once when
-- the data is loaded (sql/border-communes.ts) instead of on every request: the near-border list
-- (sql/zones.ts nearBorder, border role) measured the full-detail commune polygons against the
-- line's 10,890 points on the spheroid each time, tens of seconds on the embedded database; it now
-- filters on these columns. The distance is PostGIS's on the spheroid (geography), as before.
alter table unit add column border_m double precision check (border_m >= 0);
alter table village add column border_m double precision check (border_m >= 0);

create function border_distances() returns table (kind text, id integer, metres double precision)
language sql stable
as $$
  with line as (select geom::geography as geog from border_line where kind = 'derived')
  select 'commune', u.id, st_distance(u.geom::geography, line.geog)
  from unit u, line where u.level = 'commune' and u.vintage = '2025'
  union all
  select 'village', v.id, st_distance(v.geom::geography, line.geog)
  from village v, line
$$;

-- A database loaded before this migration: the data is not loaded again, so measure it here.
create temporary table measured on commit drop as select * from border_distances();
update unit u set border_m = m.metres from measured m where m.kind = 'commune' and m.id = u.id;
update village v set border_m = m.metres from measured m where m.kind = 'village' and m.id = v.id;
