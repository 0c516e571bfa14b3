// English words that never appear in Vietnamese text of ours (words that are also Vietnamese
// without tone marks, such as "to", "an" or "con", are left out; tokens keep their underscores,
// digits, dots and hyphens, so a code or a file name stays one token and is not counted).
const stopWords = new Set([
  ...['the', 'and', 'of', 'with', 'is', 'not', 'from', 'for', 'are', 'by', 'or', 'which', 'this', 'has'],
  ...['have', 'was', 'were', 'must', 'only', 'no', 'yes', 'none', 'commune', 'communes', 'village'],
  ...['villages', 'target', 'targets', 'sample', 'value', 'values', 'official', 'imported', 'province'],
  ...['region', 'sources', 'licence', 'score', 'rank', 'met', 'track', 'figure', 'figures', 'department'],
])

/** Each English stop-word in the texts, with the words around it; `names` (sources, licences) are left out first. */
export function englishIn(texts: string[], names: string[] = []): string[] {
  const found: string[] = []
  for (const raw of texts) {
    let text = raw
    for (const name of [...names].sort((a, b) => b.length - a.length)) text = text.replaceAll(name, ' ')
    for (const match of text.matchAll(/[\p{L}\p{N}_.'’-]+/gu)) {
      const word = match[0].toLowerCase().replace(/^[.'’-]+|[.'’-]+$/g, '')
      if (!stopWords.has(word)) continue
      const start = Math.max(0, match.index - 40)
      found.push(`"${word}" in …${text.slice(start, match.index + 40).replace(/\s+/g, ' ')}…`)
    }
  }
  return [...new Set(found)]
}
