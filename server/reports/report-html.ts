import type { Message } from '../message'
import { type Block, type Cell, legendCells, type Run } from './blocks'
import type { ProgressReport } from './progress-report'

// The report as a printable page: A4, the margins of an administrative document, the same blocks
// as the Word document; the maps as the same SVG (sharp when printed). The browser's "Print → Save
// as PDF" keeps the Vietnamese text. No script: the portal's policy allows none inline.

const printHint: Message = {
  vi: 'Trang này để in: chọn In (Ctrl+P) rồi “Lưu thành PDF” để có bản PDF khổ A4.',
  en: 'This page is for printing: choose Print (Ctrl+P), then "Save as PDF" for an A4 PDF.',
}

const style = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 13pt; line-height: 1.35; color: #111; margin: 0 auto; max-width: 165mm; padding: 8mm 0; }
.title { text-align: center; margin: 0 0 4mm; }
.title p { margin: 1mm 0; } .title .first { font-size: 16pt; font-weight: bold; } .title .last { font-weight: bold; }
h1 { font-size: 14pt; margin: 7mm 0 2mm; break-after: avoid; } h2 { font-size: 13pt; margin: 5mm 0 2mm; break-after: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 10pt; margin: 2mm 0 4mm; }
th, td { border: 1px solid #777; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #e7e6e6; } tr { break-inside: avoid; } thead { display: table-header-group; }
td p { margin: 0 0 0.8mm; }
.muted { color: #595959; font-size: 10.5pt; }
.sample { color: #b35806; }
.warning { border-left: 3pt solid #b35806; background: #fee6ce; color: #7f2704; font-weight: bold; padding: 1.5mm 2.5mm; font-size: 11pt; }
figure { margin: 3mm 0 5mm; break-inside: avoid; } figure svg { width: 100%; height: auto; display: block; }
figcaption { text-align: center; font-weight: bold; font-style: italic; margin: 1mm 0; }
.legend td:first-child { width: 8%; } .legend td:last-child { width: 12%; }
.screen { background: #eef3f8; border: 1px solid #9db3c8; padding: 2mm 3mm; font-family: sans-serif; font-size: 10pt; }
@media print { .screen { display: none; } body { max-width: none; padding: 0; } }
`

const escaped = (value: string) =>
  value.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!)

function runs(list: Run[]): string {
  return list
    .map((run) => {
      let html = escaped(run.text)
      if (run.bold) html = `<strong>${html}</strong>`
      if (run.italic) html = `<em>${html}</em>`
      return run.sample ? `<span class="sample">${html}</span>` : html
    })
    .join('')
}

const cellHtml = (content: Cell) =>
  `<td${content.shade ? ` style="background:${escaped(content.shade)}"` : ''}>${content.lines.map((line) => `<p>${runs(line)}</p>`).join('')}</td>`

function tableHtml(header: string[] | null, rows: Cell[][], widths: number[], className = ''): string {
  const columns = `<colgroup>${widths.map((width) => `<col style="width:${width}%">`).join('')}</colgroup>`
  const head = header ? `<thead><tr>${header.map((title) => `<th>${escaped(title)}</th>`).join('')}</tr></thead>` : ''
  const body = rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('')
  return `<table${className ? ` class="${className}"` : ''}>${columns}${head}<tbody>${body}</tbody></table>`
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<header class="title">${block.lines.map((line, index) => `<p class="${index === 0 ? 'first' : index === block.lines.length - 1 ? 'last' : ''}">${escaped(line)}</p>`).join('')}</header>`
    case 'heading':
      return `<h${block.level}>${escaped(block.text)}</h${block.level}>`
    case 'paragraph':
      return `<p${block.muted ? ' class="muted"' : ''}>${runs(block.runs)}</p>`
    case 'warning':
      return `<p class="warning" role="note">${escaped(block.text)}</p>`
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${runs(item)}</li>`).join('')}</ul>`
    case 'table':
      return tableHtml(block.header, block.rows, block.widths)
    case 'map': {
      const legend = legendCells(block.legend)
      return `<figure>${block.svg.replace('<svg ', `<svg role="img" aria-label="${escaped(block.caption)}" `)}<figcaption>${escaped(block.caption)}</figcaption>${tableHtml(null, legend, [8, 80, 12], 'legend')}${block.notes.map((note) => `<p class="muted">${escaped(note)}</p>`).join('')}</figure>`
    }
  }
}

export function reportHtml(report: ProgressReport): string {
  return [
    '<!doctype html>',
    `<html lang="${report.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escaped(report.title)}</title><style>${style}</style></head><body>`,
    `<p class="screen">${escaped(printHint[report.language])}</p>`,
    ...report.blocks.map(blockHtml),
    '</body></html>',
  ].join('\n')
}
