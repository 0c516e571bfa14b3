-- Restricted zones and audit entries do not reveal their numbering to those who cannot read them
-- (issue #9): an admin without the border role saw audit ids jump over hidden entries (211 → 214
-- after two border reads), and the ids of the zones it added (2, then 11) counted those of others.
--
-- Zones: the serial id becomes a random uuid (made by the server, so that an admin who may add a
-- zone but not read it back still gets its id). Audit entries: the bigserial stays as the internal
-- order of the log and never leaves the server; each entry gets a random uuid `ref`, its public id.

alter table defence.restricted_zone add column ref uuid not null default gen_random_uuid();
alter table defence.restricted_zone drop constraint restricted_zone_pkey;
alter table defence.restricted_zone drop column id; -- drops its sequence too
alter table defence.restricted_zone rename column ref to id;
alter table defence.restricted_zone add primary key (id);

alter table audit.event add column ref uuid not null default gen_random_uuid();
create unique index event_ref_idx on audit.event (ref);
