import type { Message } from './message'

// The 404s several routes share, in both languages: what was asked for and does not exist.

const inVintage = (vintage: string | undefined): Message =>
  vintage ? { vi: ` trong danh sách ${vintage}`, en: ` in vintage ${vintage}` } : { vi: '', en: '' }

export const notFound = {
  unit: (code: string, vintage?: string): Message => ({
    vi: `Không có đơn vị hành chính mã ${code}${inVintage(vintage).vi}.`,
    en: `No unit with code ${code}${inVintage(vintage).en}`,
  }),
  indicator: (code: string): Message => ({
    vi: `Không có chỉ tiêu mã ${code}.`,
    en: `No indicator with code ${code}`,
  }),
  importBatch: (id: number): Message => ({
    vi: `Không có lần nhập số liệu mã ${id}.`,
    en: `No import with id ${id}`,
  }),
}
