-- Accounts, sessions, the audit log, and database-side enforcement of the restricted layers.
--
-- Every API request runs in a transaction that first switches to the role `portal_app` (not a
-- superuser, owns no table) and records the caller's roles in the setting `portal.roles`. Row-level
-- security on the defence tables then lets only callers with the `border` role see a row, so a
-- route that forgets to check the policy still cannot leak. This binds on PGlite too, which connects
-- as a superuser: SET ROLE drops the superuser's privileges for the transaction.

do $$
begin
  create role portal_app nologin;
exception when duplicate_object then null;
end $$;
-- The connecting user must be able to switch to it.
grant portal_app to current_user;

-- Whether the current request's caller holds a role (set per transaction by server/db-scope.ts).
create function portal_has_role(wanted text) returns boolean
language sql stable parallel safe
return wanted = any(string_to_array(coalesce(current_setting('portal.roles', true), ''), ','));

-- ---- accounts and sessions (used by the server as the owner, before switching role) ----------
create schema auth;

create table auth.account (
  id serial primary key,
  username text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
  display_name text,
  password_hash text not null,
  roles text[] not null default '{}' check (roles <@ array['planner', 'border', 'admin']),
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  password_changed_at timestamptz not null default now()
);

-- Sessions are stored by the SHA-256 of their token: a copy of the database holds no usable cookie.
create table auth.session (
  token_hash text primary key,
  account_id integer not null references auth.account (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now(),
  revoked_at timestamptz,
  address text,
  user_agent text
);
create index session_account_idx on auth.session (account_id);

-- Failed sign-ins per account name and per address, for growing delays.
create table auth.throttle (
  key text primary key,
  failures integer not null default 0,
  last_failure_at timestamptz,
  blocked_until timestamptz
);

-- ---- the audit log: append-only ------------------------------------------------------------
create schema audit;

create table audit.event (
  id bigserial primary key,
  at timestamptz not null default now(),
  account_id integer,
  username text,
  address text,
  action text not null,
  target text,
  detail jsonb not null default '{}'
);
create index event_at_idx on audit.event (at desc);
create index event_action_idx on audit.event (action);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log is append-only';
end $$;
create trigger event_append_only before update or delete on audit.event
  for each row execute function audit.refuse_change();
create trigger event_no_truncate before truncate on audit.event
  for each statement execute function audit.refuse_change();

-- ---- defence data ---------------------------------------------------------------------------
create table defence.setting (
  key text primary key,
  value jsonb not null,
  note text,
  updated_by text,
  updated_at timestamptz not null default now()
);
insert into defence.setting (key, value, note) values
  ('border_belt_width_m', '1000',
   'Vành đai biên giới rộng tối đa 1.000 m (NĐ 34/2014/NĐ-CP, sửa đổi bởi NĐ 299/2025/NĐ-CP) theo nguồn thứ cấp; chưa đối chiếu văn bản Nghị định.');

create table defence.restricted_zone (
  id serial primary key,
  name text not null check (length(name) between 1 and 200),
  note text check (length(note) <= 2000),
  geom geometry(MultiPolygon, 4326) not null check (st_isvalid(geom)),
  created_by text not null,
  created_at timestamptz not null default now(),
  updated_by text,
  updated_at timestamptz,
  deleted_at timestamptz
);
create index restricted_zone_geom_idx on defence.restricted_zone using gist (geom);

-- The border communes named in public sources (reference/border_communes.csv), to compare with
-- the communes that touch the line.
create table defence.named_border_commune (
  level text not null,
  code text not null,
  name text not null,
  new_commune text,
  evidence text,
  source text not null,
  primary key (level, code)
);

-- ---- privileges and row-level security ------------------------------------------------------
grant usage on schema public to portal_app;
grant select on all tables in schema public to portal_app;
alter default privileges in schema public grant select on tables to portal_app;
grant usage on schema defence, audit to portal_app;
grant select on defence.border_gate, defence.setting, defence.restricted_zone, defence.named_border_commune to portal_app;
grant insert, update on defence.restricted_zone to portal_app;
grant update on defence.setting to portal_app;
grant usage on sequence defence.restricted_zone_id_seq to portal_app;
grant insert, select on audit.event to portal_app;
grant usage on sequence audit.event_id_seq to portal_app;

alter table defence.border_gate enable row level security;
alter table defence.setting enable row level security;
alter table defence.restricted_zone enable row level security;
alter table defence.named_border_commune enable row level security;
alter table audit.event enable row level security;

create policy border_reads on defence.border_gate for select using (portal_has_role('border'));
create policy border_reads on defence.named_border_commune for select using (portal_has_role('border'));
create policy border_reads on defence.setting for select using (portal_has_role('border') or portal_has_role('admin'));
create policy admin_sets on defence.setting for update using (portal_has_role('admin')) with check (portal_has_role('admin'));
create policy border_reads on defence.restricted_zone for select using (portal_has_role('border'));
create policy border_adds on defence.restricted_zone for insert with check (portal_has_role('border') or portal_has_role('admin'));
create policy border_edits on defence.restricted_zone for update using (portal_has_role('border')) with check (portal_has_role('border'));
create policy anyone_appends on audit.event for insert with check (true);
create policy admin_reads on audit.event for select using (portal_has_role('admin'));
