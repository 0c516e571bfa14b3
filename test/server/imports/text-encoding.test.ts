import { expect, test } from 'vitest'
import { decodeText } from '../../../server/imports/text-encoding'
import { utf16, windows1258 } from '../../fixtures/imports/files'

const text = 'Xã Đoàn Kết;Thị trấn Đồng Đăng;Quý Hòa'

test('UTF-8 without and with the byte-order mark', () => {
  expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' })
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
  expect(decodeText(withBom)).toEqual({ text, encoding: 'utf-8-bom' })
})

test('UTF-16 little- and big-endian with their byte-order marks', () => {
  expect(decodeText(utf16(text))).toEqual({ text, encoding: 'utf-16le' })
  const bigEndian = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()])
  expect(decodeText(bigEndian)).toEqual({ text, encoding: 'utf-16be' })
})

test('Windows-1258 bytes become the same NFC text', () => {
  const bytes = windows1258(text)
  expect(bytes.length).toBeGreaterThan(text.length) // tone marks are separate bytes
  expect(decodeText(bytes)).toEqual({ text, encoding: 'windows-1258' })
})

test('bytes that are not UTF-8 and hold nothing Vietnamese are read as Windows-1252', () => {
  expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ text: 'Café', encoding: 'windows-1252' })
})
