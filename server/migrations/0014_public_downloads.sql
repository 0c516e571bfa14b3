-- Public downloads counted, not audited one by one (issue #13 §1): the published figures
-- (/api/export.csv and .geojson with kind=indicator) are everyone's and are answered from the
-- public cache, so an audit entry per download would be a write per anonymous request and would
-- say nothing about who. Each process tallies the downloads it answers in memory and adds them
-- here about once a minute (server/public-cache/downloads.ts). Not a table the public reads: no
-- public-version trigger. Admins read it through the audit routes.
create table audit.public_download (
  day date not null,
  file text not null check (length(file) between 1 and 200),
  count bigint not null check (count >= 0),
  primary key (day, file)
);
grant select on audit.public_download to portal_app;
alter table audit.public_download enable row level security;
create policy admin_reads on audit.public_download for select using (portal_has_role('admin'));
