import { expect, test } from 'vitest'
import { layoutSheet, type Sheet, sheetHeight, sheetWidth } from '../../../web/map/sheet-layout'

// Every character 8 units wide: enough to lay the sheet out without a canvas.
const measure = (text: string) => text.length * 8
const sheet: Sheet = {
  title: 'Tỷ lệ che phủ rừng — Chỉ tiêu vùng DTTS&MN – Lạng Sơn',
  subtitle: 'Năm 2024',
  legendTitle: 'Tỷ lệ che phủ rừng',
  entries: [{ colour: '#ffffcc', label: '40–45 %', count: 12 }],
  notes: ['Các lớp cố định, tính trên số liệu mọi năm 2021–2026.'],
  warning: null,
  sources: 'OpenStreetMap',
  date: '2026-05-01',
  north: 'B',
}
const multiples = {
  width: 240,
  height: 220,
  maps: [2021, 2022, 2023, 2024, 2025, 2026].map((year) => ({ label: String(year), shapes: [] })),
}

test('without small multiples the map takes the whole column', () => {
  const layout = layoutSheet(sheet, measure)
  expect(layout.multiples).toEqual([])
  expect(layout.width).toBe(sheetWidth)
  expect(layout.height).toBe(sheetHeight)
})

test('with them, a row of one small map per year under the main map, each labelled with its year', () => {
  const plain = layoutSheet(sheet, measure)
  const layout = layoutSheet({ ...sheet, multiples }, measure)
  expect(layout.multiples).toHaveLength(6)
  expect(layout.map.height).toBeLessThan(plain.map.height)
  const [first, second] = layout.multiples
  expect(first!.y).toBeGreaterThan(layout.map.y + layout.map.height)
  expect(first!.x).toBe(layout.map.x)
  expect(second!.x).toBeGreaterThan(first!.x + first!.width)
  const last = layout.multiples.at(-1)!
  expect(last.x + last.width).toBeCloseTo(layout.map.x + layout.map.width)
  // Each box keeps the province's shape.
  expect(first!.height / first!.width).toBeCloseTo(220 / 240)
  for (const year of ['2021', '2026']) expect(layout.lines.some((line) => line.text === year)).toBe(true)
  expect(last.y + last.height).toBeLessThan(layout.height)
})
