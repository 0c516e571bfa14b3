// The shapes the loader writes to PostGIS, after the files have been read and checked.
export type Vintage = '2019' | '2021' | '2024' | '2025'
export type UnitLevel = 'province' | 'district' | 'commune'

export type GeometryLevels = { full: string; medium: string; low: string }

export type UnitRecord = {
  code: string
  vintage: Vintage
  level: UnitLevel
  type: string
  name: string
  parentCode: string | null
  parentVintage: Vintage | null
  validFrom: string | null
  validTo: string | null
  areaKm2: number | null
  areaSource: string | null
  geometry: GeometryLevels | null
  source: string
}

/** A name the loader must find equal (up to tone-mark placement) in two files. */
export type NameCheck = { file: string; location: string; code: string; expected: string; found: string }

export type CrosswalkRecord = {
  fromCode: string
  fromVintage: Vintage
  toCode: string
  toVintage: Vintage
  kind: 'whole' | 'part' | 'remainder'
  /** Area moved to the new unit when the resolution states it (km²); used when polygons cannot tell. */
  documentedAreaKm2: number | null
  clause: string
  source: string
}

export type VillageRecord = {
  wofId: number
  geonamesId: number | null
  name: string
  nameAscii: string
  featureCode: string | null
  coordPrecision: string
  elevationM: number | null
  geometry: string
  source: string
}

export type BorderRecord = { kind: 'derived' | 'osm'; geometry: GeometryLevels; source: string; note: string }

export type GateRecord = {
  name: string
  mode: string
  classification: string
  /** The classification in Vietnamese (the project's translation of the compiler's English summary). */
  classificationVi: string
  counterpart: string | null
  locationNote: string | null
  lon: number | null
  lat: number | null
  note: string | null
  source: string
}

export type NamedBorderCommuneRecord = {
  level: string
  code: string
  name: string
  newCommune: string | null
  evidence: string | null
  source: string
}

export type IndicatorRecord = {
  code: string
  domain: string
  nameVi: string
  nameEn: string
  unit: string
  valueType: string
  measuredAt: string
  better: string
  headline: number | null
  sort: number
  carryRule: string
  planClause: string | null
  departmentVi: string | null
  departmentEn: string | null
  departmentClause: string | null
  source: string
}

export type TargetRecord = {
  indicator: string
  year: 2025 | 2030
  operator: string
  value: number
  scope: 'commune' | 'province'
  textVi: string
  clause: string
}

export type OfficialValueRecord = {
  indicator: string
  unitCode: string
  unitVintage: Vintage
  year: number
  valueNumber: number | null
  valueCategory: string | null
  valueFlag: boolean | null
  source: string
}

export type OfficialTotalRecord = {
  indicator: string
  yearFrom: number
  yearTo: number
  category: string
  value: number
  unit: string
  source: string
}

export type DataPackage = {
  units: UnitRecord[]
  nameChecks: NameCheck[]
  crosswalk: CrosswalkRecord[]
  villages: VillageRecord[]
  borders: BorderRecord[]
  gates: GateRecord[]
  namedBorderCommunes: NamedBorderCommuneRecord[]
  indicators: IndicatorRecord[]
  targets: TargetRecord[]
  officialValues: OfficialValueRecord[]
  officialTotals: OfficialTotalRecord[]
}
