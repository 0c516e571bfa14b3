// An upload read into sheets of rows, whatever its format: CSV gives one sheet without a name,
// an .xlsx one per worksheet. Row numbers are the ones the planner sees (1 = the header).

export type Cell = string | number | boolean | null
export type SheetRow = { number: number; cells: Cell[] }
export type Sheet = { name: string | null; rows: SheetRow[] }
