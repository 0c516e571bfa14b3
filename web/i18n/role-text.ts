import { useContext } from 'react'
import { LanguageContext } from './text'

// The words of the role tools added for issue 10 §5 (ranking, border, admin, signed-out pages), in
// both languages, Vietnamese first. Kept beside vi.ts/en.ts with the same typing: `en` must have
// every key of `vi`, of the same type.

const vi = {
  signInNeeded: {
    border: 'Trang này dành cho cán bộ biên phòng. Hãy đăng nhập bằng tài khoản biên giới để xem.',
    admin: 'Trang này dành cho quản trị viên. Hãy đăng nhập bằng tài khoản quản trị để xem.',
    wrongRole: 'Tài khoản đang đăng nhập không có vai trò cần cho trang này.',
    showingMap: 'Đang hiện bản đồ công khai.',
  },
  ranking: {
    points: (points: string) => `${points} điểm`,
    contribution: (name: string, points: string) => `${name}: ${points} điểm`,
    backToRanking: '← Bảng xếp hạng',
  },
  border: {
    indicatorLayer: 'Lớp chỉ tiêu dưới các lớp quốc phòng',
    indicatorFill: { full: 'Đậm', dim: 'Mờ', off: 'Ẩn' } as Record<string, string>,
    preview: (name: string, parts: number, areaKm2: string) =>
      `Xem trước trên bản đồ: “${name}”, ${parts} đa giác, khoảng ${areaKm2} km².`,
    previewUnnamed: 'vùng không tên',
    noPolygon: 'Tệp không có đa giác nào (Polygon hoặc MultiPolygon).',
    edit: 'Sửa',
    editing: (name: string) => `Sửa vùng “${name}”`,
    newShape: 'Ranh giới mới (không bắt buộc)',
    redraw: 'Vẽ lại trên bản đồ',
    reupload: 'Tải lên GeoJSON khác',
    keepShape: 'Giữ ranh giới cũ',
    saveChanges: 'Lưu thay đổi',
    saved: 'Đã lưu.',
    exportCsv: 'Tải CSV',
  },
  admin: {
    created: 'Tạo lúc',
    confirmLock: (name: string) =>
      `Khóa tài khoản “${name}”? Người này sẽ không đăng nhập được và các phiên đang mở sẽ dừng cho đến khi được mở khóa. Thao tác được ghi nhật ký.`,
    exportCsv: 'Tải nhật ký (CSV)',
  },
}

const en: typeof vi = {
  signInNeeded: {
    border: 'This page is for border staff. Sign in with a border account to see it.',
    admin: 'This page is for administrators. Sign in with an admin account to see it.',
    wrongRole: 'The signed-in account does not have the role this page needs.',
    showingMap: 'Showing the public map.',
  },
  ranking: {
    points: (points: string) => `${points} points`,
    contribution: (name: string, points: string) => `${name}: ${points} points`,
    backToRanking: '← Ranking',
  },
  border: {
    indicatorLayer: 'Indicator layer under the defence layers',
    indicatorFill: { full: 'Full', dim: 'Dimmed', off: 'Hidden' },
    preview: (name: string, parts: number, areaKm2: string) =>
      `Preview on the map: “${name}”, ${parts} polygon(s), about ${areaKm2} km².`,
    previewUnnamed: 'unnamed zone',
    noPolygon: 'The file holds no polygon (Polygon or MultiPolygon).',
    edit: 'Edit',
    editing: (name: string) => `Edit zone “${name}”`,
    newShape: 'New boundary (optional)',
    redraw: 'Draw again on the map',
    reupload: 'Upload another GeoJSON',
    keepShape: 'Keep the old boundary',
    saveChanges: 'Save changes',
    saved: 'Saved.',
    exportCsv: 'Download CSV',
  },
  admin: {
    created: 'Created',
    confirmLock: (name: string) =>
      `Lock the account “${name}”? They will not be able to sign in, and their open sessions stop, until it is unlocked. This is recorded in the audit log.`,
    exportCsv: 'Download the log (CSV)',
  },
}

export type RoleText = typeof vi
const texts = { vi, en }

/** The role tools' words in the page's language. */
export function useRoleText(): RoleText {
  return texts[useContext(LanguageContext)]
}
