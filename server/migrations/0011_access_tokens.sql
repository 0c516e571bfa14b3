-- Personal access tokens (issue #13 §4): desktop GIS (QGIS's "API header" authentication) and
-- scripts send `Authorization: Bearer <token>` and act with their account's roles. Like sessions,
-- a token is stored only as the SHA-256 of its text (a copy of the database holds no usable token)
-- and named in lists by a random id of its own. Every token expires; it is refused once revoked,
-- once its account is disabled, and once the account's password changed after it was made
-- (`created_at > password_changed_at` in server/sql/tokens.ts, so every way of changing a password
-- ends the tokens without each having to remember to).
create table auth.token (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  account_id integer not null references auth.account (id),
  name text not null check (length(name) between 1 and 100),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_used_at timestamptz,
  last_used_address text,
  revoked_at timestamptz,
  check (expires_at > created_at)
);
create index token_account_idx on auth.token (account_id);
