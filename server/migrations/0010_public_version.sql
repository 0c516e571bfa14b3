-- The public data version (issue #13): one number that moves forward, in the same transaction,
-- with every change the public can see — indicator values (publish, rollback, correction, load),
-- the "hide sample values" setting, and the boundaries, villages and catalogue of a data load —
-- and with nothing else: zones, accounts, sessions and the audit log live elsewhere and never move
-- it. Public answers are built once per version (server/public-cache/); other portal processes
-- hear of a new version through NOTIFY portal_public_version (sent at commit) or their poll.
create table public_version (
  single boolean primary key default true check (single),
  version bigint not null,
  changed_at timestamptz not null default now()
);
insert into public_version (version) values (1);
grant select on public_version to portal_app;

-- Runs as the owner (security definer): portal_app may not write the version itself. A statement
-- that changed no row does not move it (transition tables).
create function bump_public_version() returns trigger
language plpgsql security definer set search_path = public as $$
begin
  if exists (select 1 from changed) then
    update public_version set version = version + 1, changed_at = now();
    perform pg_notify('portal_public_version', (select version::text from public_version));
  end if;
  return null;
end $$;

create function public_version_triggers(target regclass) returns void
language plpgsql as $$
declare
  name text := replace(target::text, '.', '_');
begin
  execute format('create trigger %I after insert on %s referencing new table as changed
    for each statement execute function bump_public_version()', name || '_public_insert', target);
  execute format('create trigger %I after update on %s referencing new table as changed
    for each statement execute function bump_public_version()', name || '_public_update', target);
  execute format('create trigger %I after delete on %s referencing old table as changed
    for each statement execute function bump_public_version()', name || '_public_delete', target);
end $$;

select public_version_triggers(table_name::regclass)
from unnest(array['indicator_value', 'portal_setting', 'unit', 'village', 'crosswalk', 'border_line',
  'indicator', 'indicator_target', 'official_total', 'layer']) as table_name;

drop function public_version_triggers(regclass);
