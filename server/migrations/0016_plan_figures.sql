-- The plan scoreboard's province figures of one public data version (issue #13): every target's
-- province series 2021–2026 and how many communes meet each commune target in each year, computed
-- from every commune's values (planning/province.ts; 0.8 s on PostgreSQL, seconds on the embedded
-- database) by the first planner to open the scoreboard after a change, and read by every later one
-- until the version moves. They are figures of the data, not of a caller: the scoreboard is for the
-- planner and admin roles only (access.ts, planner:tools), and the readers policy of indicator_value
-- (0006) hides nothing from those roles, so each of them computes exactly these figures. The same
-- roles alone may read or store them. `computed_by` names the code that computed them (a digest of
-- its source, sql/plan-figures.ts): a release that changes a rule or its words computes its own.
create table plan_figures (
  version bigint not null,
  computed_by text not null,
  figures jsonb not null,
  computed_at timestamptz not null default now(),
  primary key (version, computed_by)
);
grant select, insert, delete on plan_figures to portal_app;
alter table plan_figures enable row level security;
create policy planners on plan_figures for all
  using (portal_has_role('planner') or portal_has_role('admin'))
  with check (portal_has_role('planner') or portal_has_role('admin'));
