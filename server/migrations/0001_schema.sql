-- The portal's schema: administrative units of every vintage, the crosswalk between them, villages,
-- the border, the indicator catalogue and versioned indicator values. All geometry is EPSG:4326.
create extension if not exists postgis;

-- Accent-free search form of a Vietnamese name: tone marks and vowel marks dropped, đ folded to d,
-- lower case, punctuation collapsed to single spaces. Written with translate() rather than the
-- unaccent extension so it behaves the same in PGlite and in Debian's PostgreSQL whatever the locale.
create function fold_name(input text) returns text
language sql immutable strict parallel safe
return trim(regexp_replace(lower(translate(normalize(input, nfc),
  'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ',
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD')),
  '[^a-z0-9]+', ' ', 'g'));

-- Lower case that also folds Vietnamese capitals, independent of the database locale (PGlite's
-- lower() only folds ASCII). Used to rank matches that keep the user's diacritics.
create function fold_case(input text) returns text
language sql immutable strict parallel safe
return lower(translate(normalize(input, nfc),
  'ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ',
  'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ'));

-- A vintage is one official list of units, valid over a period.
create table vintage (
  id text primary key,
  label_vi text not null,
  label_en text not null,
  valid_from date,
  valid_to date,
  legal_basis text not null
);

insert into vintage (id, label_vi, label_en, valid_from, valid_to, legal_basis) values
  ('2019', 'Đơn vị hành chính 2008–2019 (226 xã)', 'Units of 2008–2019 (226 communes)', '2008-08-01', '2019-12-31',
   'Danh mục ĐVHC (GSO) 01/12/2019; ranh giới từ cơ sở dữ liệu hành chính 1:250.000'),
  ('2021', 'Đơn vị hành chính 2020–2024 (200 xã)', 'Units of 2020–2024 (200 communes)', '2020-01-01', '2024-11-30',
   'Nghị quyết 818/NQ-UBTVQH14 ngày 21/11/2019; danh mục GSO 07/2021 (danh sách QĐ 861/QĐ-TTg sử dụng)'),
  ('2024', 'Đơn vị hành chính 12/2024–6/2025 (194 xã)', 'Units of Dec 2024–Jun 2025 (194 communes)', '2024-12-01', '2025-06-30',
   'Nghị quyết 1246/NQ-UBTVQH15 (2024); danh mục GSO 01/03/2025'),
  ('2025', 'Đơn vị hành chính từ 1/7/2025 (65 xã, phường)', 'Units from 1 July 2025 (65 communes and wards)', '2025-07-01', null,
   'Nghị quyết 1672/NQ-UBTVQH15 ngày 16/6/2025; mã số theo Công văn 1027/CTK-CSCL ngày 25/6/2025');

-- Administrative units of every vintage. Codes repeat across vintages (06040 is Xã Đại Đồng in
-- 2021, Thị trấn Thất Khê in 2024 and Xã Thất Khê in 2025), so the key is (code, vintage).
create table unit (
  id serial primary key,
  code text not null check (code ~ '^([0-9]{2}|[0-9]{3}|[0-9]{5})$'),
  vintage text not null references vintage (id),
  level text not null check (level in ('province', 'district', 'commune')),
  type text not null check (type in ('Tỉnh', 'Thành phố', 'Huyện', 'Phường', 'Xã', 'Thị trấn')),
  name text not null check (name = normalize(name, nfc)),
  search_name text generated always as (fold_name(name)) stored,
  parent_id integer references unit (id),
  -- The period this unit existed; defaults to its vintage's (districts span 2008 to June 2025).
  valid_from date,
  valid_to date,
  area_km2 double precision check (area_km2 > 0),
  area_source text,
  -- Full-resolution boundary, and the same coverage simplified topology-aware at load time
  -- (no gaps or overlaps between neighbours): medium ~30 m, low ~120 m.
  geom geometry(MultiPolygon, 4326),
  geom_medium geometry(MultiPolygon, 4326),
  geom_low geometry(MultiPolygon, 4326),
  source text not null,
  unique (code, vintage)
);
create index unit_geom_idx on unit using gist (geom);
create index unit_search_idx on unit (search_name);
create index unit_level_vintage_idx on unit (level, vintage);

-- Links between units of consecutive vintages. `share` is the fraction of the old unit's
-- extensive values (people, counts, area) that went to the new unit; `share_rule` says how it was found.
create table crosswalk (
  from_unit_id integer not null references unit (id),
  to_unit_id integer not null references unit (id),
  kind text not null check (kind in ('whole', 'part', 'remainder')),
  share double precision not null check (share > 0 and share <= 1),
  share_rule text not null,
  clause text,
  source text not null,
  primary key (from_unit_id, to_unit_id)
);
create index crosswalk_to_idx on crosswalk (to_unit_id);

-- Approximate village points (GeoNames), not the official list of thôn/bản.
create table village (
  id serial primary key,
  -- Who's On First id: every point has one; 2 of them (quattroshapes) have no GeoNames id.
  wof_id bigint not null unique,
  geonames_id integer unique,
  name text not null,
  name_ascii text not null,
  search_name text generated always as (fold_name(name)) stored,
  feature_code text,
  coord_precision text not null,
  elevation_m integer,
  commune_2025_id integer references unit (id),
  commune_2019_id integer references unit (id),
  geom geometry(Point, 4326) not null,
  source text not null
);
create index village_geom_idx on village using gist (geom);
create index village_commune_2025_idx on village (commune_2025_id);
create index village_search_idx on village (search_name);

-- Every map layer carries its classification from day one; restricted layers are only for the
-- border role (issue #4 applies the rule).
create table layer (
  id text primary key,
  name_vi text not null,
  name_en text not null,
  classification text not null check (classification in ('public', 'restricted')),
  note text
);

insert into layer (id, name_vi, name_en, classification, note) values
  ('province', 'Ranh giới tỉnh', 'Province outline', 'public', null),
  ('communes_2025', 'Xã, phường (từ 1/7/2025)', 'Communes and wards (from 1 July 2025)', 'public', null),
  ('communes_2019', 'Xã 2008–2019', 'Communes of 2008–2019', 'public', null),
  ('districts', 'Huyện, thành phố (đến 30/6/2025)', 'Districts (until 30 June 2025)', 'public', null),
  ('villages', 'Thôn, bản (điểm gần đúng)', 'Villages (approximate points)', 'public', null),
  ('border_line', 'Đường biên giới (tham khảo)', 'Border line (indicative)', 'public', null),
  ('border_belt', 'Vành đai biên giới', 'Border belt', 'restricted', null),
  ('border_area', 'Khu vực biên giới', 'Border area', 'restricted', null),
  ('border_gates', 'Cửa khẩu', 'Border gates', 'restricted', null),
  ('restricted_zones', 'Vùng cấm, khu vực hạn chế', 'Restricted zones', 'restricted', null);

-- The Vietnam–China border line is public, as on any map: the derived line is shown, the OSM line
-- is kept as a cross-check.
create table border_line (
  kind text primary key check (kind in ('derived', 'osm')),
  geom geometry(MultiLineString, 4326) not null,
  -- simplified together with the communes whose outer edge it is, so both still meet on the map
  geom_medium geometry(MultiLineString, 4326) not null,
  geom_low geometry(MultiLineString, 4326) not null,
  length_km double precision not null,
  source text not null,
  note text not null
);

-- Defence-related data lives in its own schema so that access can be granted (or not) as a whole.
create schema defence;

create table defence.border_gate (
  id serial primary key,
  name text not null unique,
  mode text not null,
  classification text not null,
  counterpart text,
  location_note text,
  geom geometry(Point, 4326),
  note text,
  source text not null
);

-- The indicator catalogue (codes from the plan's target table, reference/plan_targets_nq58.csv).
create table indicator (
  code text primary key check (code ~ '^[a-z][a-z0-9_]*$'),
  domain text not null,
  name_vi text not null,
  name_en text not null,
  unit text not null check (unit in ('percent', 'count', 'status', 'flag', 'usd_per_person', 'persons')),
  value_type text not null check (value_type in ('number', 'category', 'flag')),
  measured_at text not null check (measured_at in ('commune', 'village', 'province')),
  better text not null check (better in ('higher', 'lower')),
  headline integer unique,
  sort integer not null,
  carry_rule text not null check (carry_rule in
    ('sum', 'population_mean', 'area_mean', 'village_share', 'village_count', 'share_of_former_yes',
     'share_of_former_region_iii', 'none')),
  plan_clause text,
  department_vi text,
  department_en text,
  department_clause text,
  source text not null
);

-- Targets of the plan, parsed. `scope` says whether the target applies to each commune or only to
-- the province total (e.g. 300 standard schools): only commune targets anchor commune classes.
create table indicator_target (
  indicator text not null references indicator (code),
  year integer not null check (year in (2025, 2030)),
  operator text not null check (operator in ('>=', '>', '<=', '<', '=', 'reduce_pp_per_year')),
  value double precision not null,
  scope text not null check (scope in ('commune', 'province')),
  text_vi text not null,
  clause text not null,
  primary key (indicator, year)
);

-- Indicator values, one row per version: a new value supersedes the old one (superseded_by), so the
-- history stays queryable. Every row says where it comes from.
create table indicator_value (
  id bigserial primary key,
  indicator text not null references indicator (code),
  unit_id integer references unit (id),
  village_id integer references village (id),
  year integer not null check (year between 2000 and 2100),
  value_number double precision,
  value_category text,
  value_flag boolean,
  provenance text not null check (provenance in ('official', 'sample', 'imported')),
  source text not null,
  recorded_by text,
  recorded_at timestamptz not null default now(),
  -- deferred: a new version is allocated, the old row pointed at it, then the new row inserted
  superseded_by bigint references indicator_value (id) deferrable initially deferred,
  check (num_nonnulls(unit_id, village_id) = 1),
  check (num_nonnulls(value_number, value_category, value_flag) = 1),
  check (value_category is null or value_category in ('I', 'II', 'III', 'none'))
);
create unique index indicator_value_current_unit on indicator_value (indicator, unit_id, year)
  where superseded_by is null and unit_id is not null;
create unique index indicator_value_current_village on indicator_value (indicator, village_id, year)
  where superseded_by is null and village_id is not null;
create index indicator_value_unit_idx on indicator_value (unit_id);
create index indicator_value_village_idx on indicator_value (village_id);

-- Official province totals that per-commune values must respect (e.g. 88 region-III communes among
-- the 200 units of 2021–2025) but that are not values of any one unit.
create table official_total (
  indicator text not null references indicator (code),
  year_from integer not null,
  year_to integer not null,
  category text not null default '',
  value double precision not null,
  unit text not null,
  source text not null,
  primary key (indicator, year_from, category)
);

-- Facts about the data package that was loaded (which files, when), shown by the methodology page.
create table data_load (
  id serial primary key,
  loaded_at timestamptz not null default now(),
  geodata_dir text not null,
  summary jsonb not null
);
