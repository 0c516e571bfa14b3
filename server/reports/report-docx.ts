import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from 'docx'
import { type Block, legendCells } from './blocks'
import { mutedColour, runs, sampleColour, table } from './docx-tables'
import type { ProgressReport } from './progress-report'
import { portalName } from './report-words'

// The report as a Word document (people here edit reports in Word), made with the `docx` package.
// A4 with the margins of an administrative document (Decree 30/2020/NĐ-CP: left 30 mm, right
// 15 mm, top and bottom 20 mm) and Times New Roman, the font such documents use.

const millimetre = 56.7 // twips
const textWidthPixels = 620 // 165 mm at 96 dpi
const legendWidths = [8, 80, 12]

const muted = (value: string) =>
  new Paragraph({ children: [new TextRun({ text: value, color: mutedColour, size: 20 })] })

function elements(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return block.lines.map(
        (line, index) =>
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [new TextRun({ text: line, bold: index !== 1, size: index === 0 ? 32 : 26 })],
          }),
      )
    case 'heading':
      return [
        new Paragraph({
          heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1],
          children: [new TextRun(block.text)],
        }),
      ]
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: block.muted
            ? block.runs.map(
                (run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic, color: mutedColour }),
              )
            : runs(block.runs),
        }),
      ]
    case 'warning':
      return [
        new Paragraph({
          spacing: { before: 120, after: 120 },
          shading: { fill: 'FEE6CE' },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: sampleColour, space: 6 } },
          children: [new TextRun({ text: block.text, bold: true, color: '7F2704', size: 22 })],
        }),
      ]
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }))
    case 'table':
      return [table(block.header, block.rows, block.widths), new Paragraph({ children: [] })]
    case 'map':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: block.png,
              transformation: { width: textWidthPixels, height: Math.round(textWidthPixels / block.aspect) },
              altText: { name: block.caption, description: block.caption, title: block.caption },
            }),
          ],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: block.caption, italics: true, bold: true })],
        }),
        table(null, legendCells(block.legend), legendWidths),
        ...block.notes.map(muted),
      ]
  }
}

export async function reportDocx(report: ProgressReport): Promise<ArrayBuffer> {
  const document = new Document({
    title: report.title,
    creator: portalName[report.language],
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 210 * millimetre, height: 297 * millimetre },
            margin: { top: 20 * millimetre, bottom: 20 * millimetre, left: 30 * millimetre, right: 15 * millimetre },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: report.blocks.flatMap(elements),
      },
    ],
  })
  return Packer.toArrayBuffer(document)
}
