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
-- polygons are coarse). The kilometres of line within 200 m, or null for a commune off the border.
-- Used by the restricted border-area layer (sql/zones.ts) and, as a yes/no, by the allocation's
-- border criterion, which follows from the public line and the public communes (the decision is in
-- docs/architecture.md, "Capital allocation").
create function border_km(shape geometry) returns double precision
language sql stable parallel safe
return (
  select km from (
    select st_length(st_intersection(b.geom, st_buffer(shape::geography, 200)::geometry)::geography) / 1000 as km
    from border_line b
    where b.kind = 'derived' and st_dwithin(shape::geography, b.geom::geography, 200)
  ) touching
  where km >= 0.5
);
