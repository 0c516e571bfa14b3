// The progress report as plain content in one language, before it becomes a Word document
// (report-docx.ts) or a printable page (report-html.ts): both show the same blocks, so the two
// formats never say different things.

/** A piece of text; `sample` marks a figure from sample data (shown with the warning's colour). */
export type Run = { text: string; bold?: boolean; italic?: boolean; sample?: boolean }
/** A cell: lines of runs; `shade` fills it (a legend's colour swatch). */
export type Cell = { lines: Run[][]; shade?: string }
export type LegendRow = { colour: string; label: string; count: number }

export type Block =
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Run[]; muted?: boolean }
  /** The sample-data warning: a framed paragraph wherever a sample figure is used. */
  | { kind: 'warning'; text: string }
  | { kind: 'list'; items: Run[][] }
  /** `widths` in percent of the text width; `header` repeats on every page. */
  | { kind: 'table'; header: string[]; rows: Cell[][]; widths: number[] }
  | {
      kind: 'map'
      /** The map as SVG (the printable page) and as PNG (the Word document), same drawing. */
      svg: string
      png: Uint8Array
      /** Width over height of the drawing. */
      aspect: number
      caption: string
      legend: LegendRow[]
      notes: string[]
    }

export const text = (value: string, style: Omit<Run, 'text'> = {}): Run => ({ text: value, ...style })
export const cell = (...lines: (Run | Run[])[]): Cell => ({
  lines: lines.map((line) => (Array.isArray(line) ? line : [line])),
})

/** A map's legend as table rows: the colour, what it means, how many communes. */
export const legendCells = (legend: LegendRow[]): Cell[][] =>
  legend.map((row) => [{ lines: [[]], shade: row.colour }, cell(text(row.label)), cell(text(String(row.count)))])
