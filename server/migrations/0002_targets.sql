-- How a value compares with a plan target, in one place for every query (values API, unit detail,
-- rankings). Statuses rank none < I < II < III; yes/no values count as 1/0.
create function category_rank(category text) returns integer
language sql immutable parallel safe
return case category when 'none' then 0 when 'I' then 1 when 'II' then 2 when 'III' then 3 end;

-- The value a commune must reach: the target itself, or for "reduce by N percentage points a year"
-- (poverty, plan II.2.1) its own 2021 value less N for every year since 2021, but not below 0.
create function target_threshold(operator text, target double precision, target_year integer, baseline double precision)
returns double precision
language sql immutable parallel safe
return case when operator = 'reduce_pp_per_year' then greatest(0, baseline - target * (target_year - 2021)) else target end;

create function target_met(operator text, threshold double precision, value double precision) returns boolean
language sql immutable parallel safe
return case operator
  when '>=' then value >= threshold
  when '>' then value > threshold
  when '<=' then value <= threshold
  when '<' then value < threshold
  when '=' then value = threshold
  when 'reduce_pp_per_year' then value <= threshold
end;
