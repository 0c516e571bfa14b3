-- "My sessions" (issue #9): an account lists its sessions and ends any of them. A session is known
-- to the server by the SHA-256 of its cookie; the list names each by a random id of its own, so
-- that nothing derived from a token ever reaches a page.
alter table auth.session add column id uuid not null default gen_random_uuid();
create unique index session_id_idx on auth.session (id);
