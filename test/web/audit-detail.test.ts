import { describe, expect, test } from 'vitest'
import { auditDetailText } from '../../web/audit-detail'
import { textFor } from '../../web/i18n/text'

// Issue 10 §3: the audit log of the Vietnamese page said "skipped: 0 · versions: 3", "roles:
// planner" and "weights: {…}" (JSON). Each detail the server records, in the page's language.

const vi = (detail: Record<string, unknown>) => auditDetailText(detail, textFor('vi'), 'vi')
const en = (detail: Record<string, unknown>) => auditDetailText(detail, textFor('en'), 'en')

describe("an audit entry's detail", () => {
  test('a rollback, an account and an export read in Vietnamese', () => {
    expect(vi({ versions: 3, skipped: 0 })).toBe('số phiên bản: 3 · bỏ qua: 0')
    expect(vi({ roles: ['planner', 'border'] })).toBe('vai trò: Kế hoạch, Biên giới')
    expect(vi({ kind: 'ranking', year: 2025, weights: { poverty_rate: 2 }, normalise: 'minmax' })).toBe(
      'loại: xếp hạng · năm: 2025 · trọng số: (poverty_rate: 2) · chuẩn hóa: min–max',
    )
    expect(vi({ before: { roles: ['planner'], disabled: false }, change: { disabled: true } })).toBe(
      'trước: (vai trò: Kế hoạch, khóa: không) · thay đổi: (khóa: có)',
    )
  })

  test('and in English on request', () => {
    expect(en({ versions: 3, skipped: 0 })).toBe('versions: 3 · skipped: 0')
    expect(en({ roles: ['planner'] })).toBe('roles: Planner')
  })

  test('codes and file names stay as stored', () => {
    expect(vi({ fileName: 'che-phu-rung-2025.csv', checksum: 'ab12' })).toBe(
      'tệp: che-phu-rung-2025.csv · mã kiểm tra: ab12',
    )
  })
})
