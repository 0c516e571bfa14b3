import type { Message } from './problem'

export type FileFormat = 'csv' | 'xlsx'
export type NamedFile = { name: string; format: FileFormat } | { problem: Message }

const separators = /[/\\]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const controls = /[\u0000-\u001f\u007f-\u009f]/
const unsafe = /[^\p{L}\p{M}\p{N} ._\-()]+/gu

/**
 * The name an upload is kept under: a base name of letters (Vietnamese too), digits, spaces and
 * . _ - ( ), other characters replaced by "_". A name with a path or control characters is
 * refused outright (a browser never sends one), and so is any extension but .csv and .xlsx.
 */
export function safeFileName(raw: string): NamedFile {
  if (separators.test(raw) || controls.test(raw))
    return {
      problem: {
        vi: 'Tên tệp không được chứa đường dẫn (/ hoặc \\) hay ký tự điều khiển.',
        en: 'The file name must not contain a path (/ or \\) or control characters.',
      },
    }
  const name = raw
    .normalize('NFC')
    .replace(unsafe, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(-200)
  const extension = /\.(csv|xlsx)$/i.exec(name)?.[1]?.toLowerCase()
  if (!extension || name.length <= extension.length + 1)
    return {
      problem: {
        vi: 'Chỉ nhận tệp .csv hoặc .xlsx (Excel). Tệp .xls cũ: mở bằng Excel và lưu lại dưới dạng .xlsx.',
        en: 'Only .csv or .xlsx (Excel) files are accepted. An old .xls file: open it in Excel and save it as .xlsx.',
      },
    }
  return { name, format: extension as FileFormat }
}

/** Whether the bytes are a zip archive (an .xlsx is one; a CSV never starts with "PK\x03\x04"). */
export const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
