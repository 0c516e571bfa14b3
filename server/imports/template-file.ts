import { csvCell, noteLine } from '../planning/csv'
import { type TemplateRequest, templateGuide, templateTable } from './template'
import { workbookBytes } from './xlsx-writer'

export type TemplateFile = { name: string; type: string; bytes: Uint8Array }

/**
 * The template as a file: an .xlsx with the table and a "Hướng dẫn" (guide) sheet, or a CSV in
 * UTF-8 with a byte-order mark (so that Excel reads Vietnamese names) whose guide lines start with #.
 */
export function templateFile(request: TemplateRequest & { indicator: string; format: 'csv' | 'xlsx' }): TemplateFile {
  const name = `mau-nhap-${request.indicator}-${request.year}-${request.layout}.${request.format}`
  const table = templateTable(request)
  const guide = templateGuide(request)
  if (request.format === 'xlsx')
    return {
      name,
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: workbookBytes([
        { name: `Số liệu ${request.year}`, rows: table },
        { name: 'Hướng dẫn', rows: guide.map((line) => [line]) },
      ]),
    }
  const lines = [...guide.map((line) => noteLine('', line)), ...table.map((row) => row.map(csvCell).join(','))]
  return { name, type: 'text/csv; charset=utf-8', bytes: new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`) }
}
