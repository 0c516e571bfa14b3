import { strFromU8, unzipSync } from 'fflate'

// Reads a Word document back as text, as a DOCX reader does: the document part (word/document.xml)
// from the zip, each paragraph's runs joined, tables as rows of cells. Shared by the report's API
// and browser tests.

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const decoded = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!)

/** The text of a piece of WordprocessingML: the w:t runs, in order. */
const runText = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decoded(match[1]!)).join('')

export function documentXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes)
  const part = files['word/document.xml']
  if (!part) throw new Error(`not a Word document: ${Object.keys(files).join(', ')}`)
  return strFromU8(part)
}

/** Every paragraph's text, tables' paragraphs included, in document order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => runText(match[0]))
}

/** Each table as rows of cells, each cell's paragraphs joined by a line break. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join('\n')),
    ),
  )
}

/** The pictures of the document in the order they appear: each drawing's r:embed through the part's relationships. */
export function documentImages(bytes: Uint8Array): { path: string; bytes: Uint8Array }[] {
  const files = unzipSync(bytes)
  const relations = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array())
  const targets = new Map(
    [...relations.matchAll(/<Relationship\s[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((match) => [
      match[1]!,
      `word/${match[2]!.replace(/^\/?word\//, '')}`,
    ]),
  )
  return [...documentXml(bytes).matchAll(/r:embed="([^"]+)"/g)].map((match) => {
    const path = targets.get(match[1]!) ?? ''
    const image = files[path]
    if (!image) throw new Error(`the drawing ${match[1]} points at ${path || 'nothing'}`)
    return { path, bytes: image }
  })
}
