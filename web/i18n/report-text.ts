// The words of the progress report's control in the planner tools (issue 11 §1), Vietnamese first;
// vi.ts and en.ts take them as `report`, so they are typed like every other key. The report's own
// words are the server's (server/reports/report-words.ts).

export const reportVi = {
  heading: 'Báo cáo tiến độ',
  intro:
    'Báo cáo kết quả thực hiện Kế hoạch: mọi mục tiêu (mục II) với giá trị của tỉnh, tình trạng và cơ quan chủ trì, bản đồ các chỉ tiêu chính, mười xã khó khăn nhất và nguồn số liệu — cùng số liệu với bảng theo dõi mục tiêu.',
  year: 'Năm báo cáo',
  language: 'Ngôn ngữ của báo cáo',
  languages: { vi: 'Tiếng Việt', en: 'Tiếng Anh (English)' },
  useRanking: 'Dùng trọng số của bảng xếp hạng hiện tại',
  headlineWeights: 'Mười xã khó khăn nhất theo các chỉ tiêu chính, trọng số bằng nhau.',
  rankingWeights: (list: string) => `Mười xã khó khăn nhất theo: ${list}.`,
  docx: 'Tải bản Word (.docx)',
  html: 'Mở trang in (A4)',
  htmlNote: 'Trang in mở trong thẻ mới; chọn In rồi “Lưu thành PDF” để có bản PDF.',
}

export const reportEn: typeof reportVi = {
  heading: 'Progress report',
  intro:
    "The plan's progress report: every target (section II) with the province figure, its status and the responsible department, maps of the headline indicators, the ten most disadvantaged communes and the sources — the same figures as the targets scoreboard.",
  year: 'Year of the report',
  language: 'Language of the report',
  languages: { vi: 'Vietnamese (Tiếng Việt)', en: 'English' },
  useRanking: "Use the current ranking's weights",
  headlineWeights: 'The ten most disadvantaged communes by the headline indicators, weighted equally.',
  rankingWeights: (list) => `The ten most disadvantaged communes by: ${list}.`,
  docx: 'Download the Word document (.docx)',
  html: 'Open the printable page (A4)',
  htmlNote: 'The printable page opens in a new tab; choose Print, then "Save as PDF" for a PDF.',
}
