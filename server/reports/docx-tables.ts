import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { Cell, Run } from './blocks'

// Runs and tables of the Word document (report-docx.ts): 10 pt in tables, the header row repeated
// on every page, no row split across two.

export const sampleColour = 'B35806'
export const mutedColour = '595959'

export function runs(list: Run[], size?: number): TextRun[] {
  return list.map(
    (run) =>
      new TextRun({
        text: run.text,
        bold: run.bold,
        italics: run.italic,
        color: run.sample ? sampleColour : undefined,
        size,
      }),
  )
}

function tableCell(content: Cell, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    shading: content.shade ? { fill: content.shade.replace('#', '') } : header ? { fill: 'E7E6E6' } : undefined,
    children: content.lines.map(
      (line) =>
        new Paragraph({
          spacing: { after: 40 },
          children: runs(header ? line.map((run) => ({ ...run, bold: true })) : line, 20),
        }),
    ),
  })
}

export function table(header: string[] | null, rows: Cell[][], widths: number[]): Table {
  const heading = header
    ? [
        new TableRow({
          tableHeader: true,
          children: header.map((title, index) => tableCell({ lines: [[{ text: title }]] }, widths[index]!, true)),
        }),
      ]
    : []
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...heading,
      ...rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.map((content, index) => tableCell(content, widths[index]!)) }),
      ),
    ],
  })
}
