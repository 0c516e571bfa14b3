-- Capital allocation scenarios (issue 11 §2): a planner's saved division of a program's capital
-- among the 65 communes. A scenario keeps who saved it and when, every parameter and override, and
-- the result computed when it was saved (the inputs may change later: an import can replace the
-- sample classes). Withdrawing keeps the row (and every save stays in the audit log); nothing is
-- deleted. Planners and admins only: row-level security binds like import_batch's.
create table allocation_scenario (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  program text not null check (length(program) <= 300),
  -- total, coefficients, criteria, overrides: what POST /api/allocation/preview takes
  parameters jsonb not null,
  -- the answer of the rules when saved (server/allocation/), shown as it was
  result jsonb not null,
  copied_from uuid references allocation_scenario (id),
  created_by text not null,
  created_at timestamptz not null default now(),
  updated_by text not null,
  updated_at timestamptz not null default now(),
  withdrawn_by text,
  withdrawn_at timestamptz,
  check ((withdrawn_by is null) = (withdrawn_at is null))
);
create index allocation_scenario_listed_idx on allocation_scenario (updated_at desc) where withdrawn_at is null;

grant select, insert, update on allocation_scenario to portal_app;
alter table allocation_scenario enable row level security;
create policy planners on allocation_scenario for all
  using (portal_has_role('planner') or portal_has_role('admin'))
  with check (portal_has_role('planner') or portal_has_role('admin'));

-- The border rule in one place (docs/architecture.md, "Border area"): a commune is on the border
-- when at least 0.5 km of the indicative border line lies within 200 m of it (the 2008–2019
-- polygons are coarse). It takes seconds (the line and the full-resolution communes), so it is
-- computed when the data is loaded (sql/border-communes.ts) and kept on the unit: `border_km`, the
-- kilometres of line within 200 m, null off the border. Read by the restricted border-area layer
-- (sql/zones.ts, for the border role) and, as a yes/no of the 2025 communes, by the allocation's
-- border criterion, which follows from the public line and communes (docs/architecture.md,
-- "Capital allocation").
alter table unit add column border_km double precision check (border_km >= 0.5);

create function border_lengths() returns table (unit_id integer, km double precision)
language sql stable
as $$
  with line as (select geom from border_line where kind = 'derived'),
  touching as (
    select u.id, st_length(st_intersection(line.geom, st_buffer(u.geom::geography, 200)::geometry)::geography) / 1000 as km
    from unit u, line
    where u.level = 'commune' and u.vintage in ('2025', '2019') and st_dwithin(u.geom::geography, line.geom::geography, 200)
  )
  select id, km from touching where km >= 0.5
$$;

-- A database loaded before this migration: the data is not loaded again, so mark it here.
update unit u set border_km = b.km from border_lengths() b where b.unit_id = u.id;
