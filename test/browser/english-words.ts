import type { Page } from 'playwright-core'

// English words that never appear in Vietnamese text of ours. Words that are also Vietnamese
// without tone marks ("to", "in" for print, "an", "con", "da") are left out, and so is anything a
// code or file name holds (tokens keep their underscores, digits and dots: poverty_rate stays one).
const stopWords = [
  'the',
  'and',
  'of',
  'with',
  'is',
  'not',
  'wrong',
  'problem',
  'problems',
  'nothing',
  'was',
  'were',
  'has',
  'have',
  'must',
  'cannot',
  'only',
  'this',
  'your',
  'you',
  'sign',
  'password',
  'commune',
  'communes',
  'village',
  'villages',
  'target',
  'sample',
  'value',
  'values',
  'imported',
  'official',
  'road',
  'railway',
  'bullet',
  'skipped',
  'versions',
  'roles',
  'planner',
  'weights',
  'yes',
  'none',
  'from',
  'for',
  'are',
  'by',
  'or',
  'which',
  'error',
  'failed',
  'province',
  'region',
  'classification',
  'inconsistent',
  'sources',
  'verified',
  'licence',
  'states',
]

/**
 * Names a Vietnamese page shows as they are, removed before the words are counted: sources and
 * licences by their own names (geodata/sources.json: a credit is written as its licence asks),
 * and the display names of the test accounts (data an admin typed, test/browser/portal-setup.ts).
 * Text in <code> (column names, indicator codes) is a code, not a word, and is skipped too.
 */
export const allowlist = [
  'Browser planner',
  'Browser border',
  'Browser admin',
  'CC BY',
  // The stored source of every sample value says it in both languages (server/sample/write-sample.ts).
  '(sample data, not official)',
  '© OpenStreetMap contributors',
  'OpenStreetMap contributors',
  "Who's On First",
  'Natural Earth',
  'vietnamese-provinces-database',
  'Open Database License',
  'Creative Commons',
]

/** The words a person reads on the page (visible text, titles, labels, placeholders), and its codes. */
async function pageText(page: Page): Promise<{ texts: string[]; codes: string[] }> {
  return page.evaluate(() => {
    const texts = [document.body.innerText]
    for (const element of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
      for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)
        if (value) texts.push(value)
      }
    }
    const codes = [...document.querySelectorAll('code')].map((element) => element.textContent ?? '')
    return { texts, codes }
  })
}

/** Each English stop-word found outside the allowlist and the page's codes, with the text around it. */
export function englishIn(texts: string[], codes: string[] = []): string[] {
  const codeWords = new Set(codes.map((code) => code.trim()))
  const words = new Set(stopWords)
  const found: string[] = []
  for (const raw of texts) {
    let text = raw
    for (const name of allowlist) text = text.replaceAll(name, ' ')
    for (const match of text.matchAll(/[\p{L}\p{N}_.'’-]+/gu)) {
      const token = match[0].replace(/^[.'’-]+|[.'’-]+$/g, '')
      const word = token.toLowerCase()
      if (!words.has(word) || codeWords.has(token)) continue
      const start = Math.max(0, match.index - 40)
      found.push(`"${word}" in …${text.slice(start, match.index + 40).replace(/\s+/g, ' ')}…`)
    }
  }
  return [...new Set(found)]
}

export async function englishWords(page: Page) {
  const { texts, codes } = await pageText(page)
  return englishIn(texts, codes)
}
