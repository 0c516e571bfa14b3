// A problem found in an upload: where it is (file, sheet, row, column) and what is wrong, in
// Vietnamese and in English, in words a planner understands.

import { type Message, refusalBody } from '../message'

export type { Message }
export type Where = { sheet?: string | null; row?: number | null; column?: string | null }
export type Problem = {
  file: string
  sheet: string | null
  row: number | null
  column: string | null
  message: Message
}

/** Collects the problems of one file; each part of the check adds to it. */
export class ProblemList {
  readonly items: Problem[] = []
  constructor(readonly file: string) {}

  add(where: Where, message: Message): void {
    this.items.push({
      file: this.file,
      sheet: where.sheet ?? null,
      row: where.row ?? null,
      column: where.column ?? null,
      message,
    })
  }

  get count(): number {
    return this.items.length
  }
}

/** The one-sentence summary of a refused file in both languages, as a refusal's body, and the first `cap` problems. */
export function refusal(file: string, problems: Problem[], cap: number) {
  const count = problems.length
  const shown = problems.slice(0, cap)
  const more =
    count > cap
      ? {
          vi: ` (liệt kê ${cap} lỗi đầu, còn ${count - cap} lỗi nữa)`,
          en: ` (the first ${cap} are listed, ${count - cap} more are not)`,
        }
      : { vi: '', en: '' }
  const noun = count === 1 ? 'problem' : 'problems'
  const summary = {
    vi: `Tệp ${file} có ${count} lỗi${more.vi}; chưa nhập gì.`,
    en: `${count} ${noun} in ${file}${more.en}; nothing was imported.`,
  }
  return { ...refusalBody(summary), problems: shown }
}

/** Numbers as a Vietnamese reader writes them: decimal comma. */
export const vietnameseNumber = (value: number) => String(value).replace('.', ',')
