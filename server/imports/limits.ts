// What an upload may hold (README, "Importing official figures"). The limits keep one request's
// memory and time bounded: a department's figures for 65 communes are far below them.
export const limits = {
  fileBytes: 5 * 1024 * 1024,
  dataRows: 20_000,
  /** Values in all: a wide row holds one per indicator column. */
  values: 50_000,
  columns: 100,
  zipEntries: 100,
  uncompressedBytes: 50 * 1024 * 1024,
  /** Office documents compress text about 5–20 times; a hundred times is a zip bomb. */
  compressionRatio: 100,
  problems: 200,
  documentLength: 500,
  /** Characters in one cell: the longest a name or a source document needs, with room to spare. */
  cellCharacters: 1000,
} as const

/** Years a value may be imported for. */
export const importYears = { first: 2015, last: 2030 } as const

/**
 * The list of units a year's values belong to: the 65 communes from 1 July 2025 (NQ 1672), the 200
 * units of the 2021 list for 2020–2024, the 226 communes of 2008–2019 before that.
 */
export function vintageOfYear(year: number): '2025' | '2021' | '2019' {
  return year >= 2025 ? '2025' : year >= 2020 ? '2021' : '2019'
}

export const vintageYears = {
  '2025': `${2025}–${importYears.last}`,
  '2021': '2020–2024',
  '2019': `${importYears.first}–2019`,
} as const
