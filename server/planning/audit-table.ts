import type { AuditEvent } from '../sql/audit'
import type { ExportTable } from './export-table'

/** The most entries one download holds: a longer period is asked for in parts (by date). */
export const auditExportLimit = 50_000

/**
 * The audit log as the admin filtered it, newest first, as a table for the CSV export: the same
 * entries the page lists (row-level security leaves out the restricted ones unless the admin also
 * holds border). Details stay as the JSON the log keeps.
 */
export function auditTable(
  filter: { action?: string; username?: string; since?: string; until?: string },
  events: AuditEvent[],
  exportedAt: Date,
): ExportTable {
  const filtered = Object.entries(filter).filter(([, value]) => value !== undefined)
  return {
    fileName: `lang-son-audit-${exportedAt.toISOString().slice(0, 10)}`,
    metadata: {
      title: { vi: 'Nhật ký kiểm tra của cổng thông tin', en: "The portal's audit log" },
      what:
        filtered.length > 0
          ? filtered.map(([key, value]) => `${key}=${value}`).join('; ')
          : { vi: 'mọi mục, mới nhất trước', en: 'every entry, newest first' },
      ...(events.length >= auditExportLimit
        ? {
            warning: {
              vi: `Chỉ ${auditExportLimit} mục mới nhất: hãy chọn khoảng thời gian ngắn hơn để lấy phần còn lại`,
              en: `Only the newest ${auditExportLimit} entries: choose a shorter period for the rest`,
            },
          }
        : {}),
      exportedAt: exportedAt.toISOString(),
    },
    columns: ['id', 'at', 'username', 'address', 'action', 'target', 'detail'],
    rows: events.map((event) => ({
      id: event.id,
      at: new Date(event.at).toISOString(),
      username: event.username,
      address: event.address,
      action: event.action,
      target: event.target,
      detail: Object.keys(event.detail).length > 0 ? JSON.stringify(event.detail) : null,
    })),
  }
}
