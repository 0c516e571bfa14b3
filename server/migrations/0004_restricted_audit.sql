-- Audit entries about defence data (restricted zone edits, restricted layer reads) are themselves
-- restricted: an admin without the border role must not learn from the log that a zone exists.
alter table audit.event add column restricted boolean not null default false;
drop policy admin_reads on audit.event;
create policy admin_reads on audit.event for select
  using (portal_has_role('admin') and (not restricted or portal_has_role('border')));
