-- How a value stands against a target (its threshold, met or not, status ranks) is decided in one
-- place, server/planning/targets.ts, which also gives the gap, the near margin and the words every
-- screen shows (issue 10). These SQL copies are no longer used.
drop function target_met(text, double precision, double precision);
drop function target_threshold(text, double precision, integer, double precision);
drop function category_rank(text);
