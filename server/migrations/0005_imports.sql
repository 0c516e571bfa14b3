-- Official values imported from the departments' spreadsheets (issue #6): an upload is validated
-- whole, kept as a draft batch that only planners and admins can read, published in one
-- transaction as new versions of indicator_value, and can be rolled back by adding versions
-- (nothing is ever deleted). A setting can hide the sample values from the public.

create table import_batch (
  id serial primary key,
  file_name text not null check (length(file_name) between 1 and 200),
  checksum text not null check (checksum ~ '^[0-9a-f]{64}$'),
  size_bytes integer not null check (size_bytes >= 0),
  format text not null check (format in ('csv', 'xlsx')),
  layout text not null check (layout in ('long', 'wide')),
  -- how the text was read: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1258, windows-1252 or xlsx
  encoding text not null,
  -- the default source document given at upload (rows may name their own)
  document text check (length(document) <= 500),
  uploaded_by text not null,
  uploaded_at timestamptz not null default now(),
  status text not null default 'draft' check (status in ('draft', 'published', 'discarded', 'rolled_back')),
  published_by text,
  published_at timestamptz,
  discarded_by text,
  discarded_at timestamptz,
  rolled_back_by text,
  rolled_back_at timestamptz,
  summary jsonb not null default '{}'
);

-- The validated rows of a batch. A draft's values live only here: the public never sees them.
-- `before` and `kind` are what the row replaced, fixed when the batch is published.
create table import_row (
  batch_id integer not null references import_batch (id),
  row_number integer not null,
  sheet text,
  indicator text not null references indicator (code),
  unit_id integer not null references unit (id),
  year integer not null check (year between 2015 and 2030),
  value_number double precision,
  value_category text check (value_category in ('I', 'II', 'III', 'none')),
  value_flag boolean,
  document text not null,
  before jsonb,
  kind text check (kind in ('new', 'changed', 'unchanged')),
  check (num_nonnulls(value_number, value_category, value_flag) = 1),
  primary key (batch_id, indicator, unit_id, year)
);

-- A version may now come from an import, carry a note (corrections, rollbacks), or say that the
-- value is withdrawn (rolling back an import that created the value): then it holds no value.
alter table indicator_value
  add column import_id integer references import_batch (id),
  add column note text check (length(note) <= 500),
  add column withdrawn boolean not null default false;
create index indicator_value_import_idx on indicator_value (import_id) where import_id is not null;
create index indicator_value_superseded_idx on indicator_value (superseded_by) where superseded_by is not null;

do $$
declare
  name text;
begin
  select conname into name from pg_constraint
  where conrelid = 'indicator_value'::regclass and contype = 'c'
    and pg_get_constraintdef(oid) like '%num_nonnulls(value_number, value_category, value_flag)%';
  execute format('alter table indicator_value drop constraint %I', name);
end $$;
alter table indicator_value add constraint indicator_value_one_value check (
  case when withdrawn then num_nonnulls(value_number, value_category, value_flag) = 0
  else num_nonnulls(value_number, value_category, value_flag) = 1 end);

-- What every reader of current values uses: the newest version, unless it withdrew the value.
-- security_invoker: the row-level security below applies to the caller, not to the view's owner.
create view current_value with (security_invoker = true) as
  select * from indicator_value where superseded_by is null and not withdrawn;

-- ---- settings -------------------------------------------------------------------------------
create table portal_setting (
  key text primary key,
  value jsonb not null,
  updated_by text,
  updated_at timestamptz not null default now()
);
insert into portal_setting (key, value) values ('hide_sample_from_public', 'false');

-- Whether sample values are hidden from callers without the planner or admin role.
create function portal_hides_sample() returns boolean
language sql stable parallel safe
return coalesce((select (value)::boolean from portal_setting where key = 'hide_sample_from_public'), false);

-- ---- privileges and row-level security ------------------------------------------------------
-- Requests run as portal_app (0003_access.sql). The loader runs as the owner and is not bound.
grant insert, update on import_batch to portal_app;
grant insert, update (before, kind) on import_row to portal_app;
grant insert on indicator_value to portal_app;
-- A version is never rewritten: only the pointer to its successor is ever set.
grant update (superseded_by) on indicator_value to portal_app;
grant update (value, updated_by, updated_at) on portal_setting to portal_app;
grant usage on sequence import_batch_id_seq, indicator_value_id_seq to portal_app;

alter table import_batch enable row level security;
alter table import_row enable row level security;
alter table indicator_value enable row level security;
alter table portal_setting enable row level security;

create policy importers on import_batch for all
  using (portal_has_role('planner') or portal_has_role('admin'))
  with check (portal_has_role('planner') or portal_has_role('admin'));
create policy importers on import_row for all
  using (portal_has_role('planner') or portal_has_role('admin'))
  with check (portal_has_role('planner') or portal_has_role('admin'));

create policy readers on indicator_value for select
  using (provenance <> 'sample' or not portal_hides_sample() or portal_has_role('planner') or portal_has_role('admin'));
create policy importers_add on indicator_value for insert
  with check (portal_has_role('planner') or portal_has_role('admin'));
create policy importers_supersede on indicator_value for update
  using (portal_has_role('planner') or portal_has_role('admin'))
  with check (portal_has_role('planner') or portal_has_role('admin'));

create policy everyone_reads on portal_setting for select using (true);
create policy admin_sets on portal_setting for update
  using (portal_has_role('admin')) with check (portal_has_role('admin'));
