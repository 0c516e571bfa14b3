import { Unzip, UnzipInflate, unzipSync } from 'fflate'
import { limits } from './limits'
import type { Message } from './problem'

type Entry = { name: string; size: number; originalSize: number }

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/** What is wrong with one entry's name: a path that could leave the archive's folder. */
function nameProblem(name: string): Message | undefined {
  if (name.includes('\\') || name.startsWith('/') || /^[a-z]:/i.test(name) || name.split('/').includes('..'))
    return {
      vi: `Tệp .xlsx chứa mục có đường dẫn không hợp lệ ("${name.slice(0, 80)}"): tệp bị từ chối.`,
      en: `The .xlsx file holds an entry with an unsafe path ("${name.slice(0, 80)}"): the file is refused.`,
    }
  return undefined
}

const bomb = (name: string): Message => ({
  vi: `Tệp .xlsx có mục "${name.slice(0, 80)}" giải nén lớn bất thường (quá ${limits.compressionRatio} lần, hoặc tổng quá ${mb(limits.uncompressedBytes)}): tệp bị từ chối.`,
  en: `The .xlsx file has an entry "${name.slice(0, 80)}" that expands abnormally (more than ${limits.compressionRatio} times, or over ${mb(limits.uncompressedBytes)} in all): the file is refused.`,
})

/** The central directory's entries, read without inflating anything. */
function directory(bytes: Uint8Array): Entry[] | undefined {
  const entries: Entry[] = []
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push(file)
        return false
      },
    })
  } catch {
    return undefined
  }
  return entries
}

/** Inflates every entry in small steps, counting; stops at the first that grows past the limits. */
function inflatedProblem(bytes: Uint8Array): Message | undefined {
  let total = 0
  let problem: Message | undefined
  const unzip = new Unzip((file) => {
    if (problem) return
    problem = nameProblem(file.name)
    let size = 0
    file.ondata = (error, chunk) => {
      if (problem) return
      if (error) {
        problem = unreadable
        return
      }
      size += chunk.length
      total += chunk.length
      const compressed = Math.max(file.size ?? 0, 1)
      if (total > limits.uncompressedBytes || size > Math.max(compressed * limits.compressionRatio, 64 * 1024)) {
        problem = bomb(file.name)
        file.terminate()
      }
    }
    if (!problem) file.start()
  })
  unzip.register(UnzipInflate)
  const step = 4096
  try {
    for (let offset = 0; offset < bytes.length && !problem; offset += step)
      unzip.push(bytes.subarray(offset, offset + step), offset + step >= bytes.length)
  } catch {
    return problem ?? unreadable
  }
  return problem
}

const unreadable: Message = {
  vi: 'Tệp .xlsx bị hỏng hoặc không phải tệp Excel: hãy mở bằng Excel và lưu lại.',
  en: 'The .xlsx file is damaged or not an Excel file: open it in Excel and save it again.',
}

/**
 * Checks an .xlsx (a zip archive) before any spreadsheet code reads it: at most 100 entries, none
 * with a path that could leave its folder, at most 50 MB uncompressed, no entry expanding more than
 * 100 times (zip bombs). The sizes the directory declares are checked first, then the real ones
 * while inflating, since a crafted archive can declare anything.
 */
export function zipProblem(bytes: Uint8Array): Message | undefined {
  const entries = directory(bytes)
  if (!entries) return unreadable
  if (entries.length > limits.zipEntries)
    return {
      vi: `Tệp .xlsx có ${entries.length} mục, quá giới hạn ${limits.zipEntries}: tệp bị từ chối.`,
      en: `The .xlsx file has ${entries.length} entries, more than the limit of ${limits.zipEntries}: the file is refused.`,
    }
  for (const entry of entries) {
    const problem = nameProblem(entry.name)
    if (problem) return problem
  }
  let declared = 0
  for (const entry of entries) {
    declared += entry.originalSize
    if (declared > limits.uncompressedBytes || entry.originalSize > Math.max(entry.size, 1) * limits.compressionRatio)
      if (entry.originalSize > 64 * 1024 || declared > limits.uncompressedBytes) return bomb(entry.name)
  }
  return inflatedProblem(bytes)
}
