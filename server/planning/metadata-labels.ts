// The `#` note lines of the CSV exports name each entry in Vietnamese and by its key (the GeoJSON's
// metadata keeps the keys alone): `# Tiêu đề / title:`. The key stays as the English side, so a
// script that reads the lines still finds it (issue 10 §3: the lines were English only).
export const metadataLabels: Record<string, string> = {
  title: 'Tiêu đề',
  what: 'Nội dung',
  indicator: 'Chỉ tiêu',
  unit: 'Đơn vị đo',
  year: 'Năm',
  rule: 'Quy tắc chuyển đổi',
  target: 'Mục tiêu',
  provenance: 'Nguồn gốc số liệu',
  warning: 'Cảnh báo',
  valueSources: 'Văn bản nguồn',
  attribution: 'Ghi nguồn',
  exportedAt: 'Thời điểm xuất',
  method: 'Phương pháp',
  weights: 'Trọng số',
  direction: 'Chiều tốt hơn',
  mapping: 'Quy đổi',
  stability: 'Độ ổn định',
  ranked: 'Số xã được xếp hạng',
  unranked: 'Số xã không xếp hạng',
}
