// How the text of a CSV is read. Vietnamese offices send UTF-8 (with or without the byte-order
// mark Excel writes), Excel's "Unicode text" (UTF-16 with a byte-order mark, tab-separated), or
// files saved by older Windows programs in Windows-1258. UTF-8 is tried first and strictly:
// bytes that are not valid UTF-8 are almost never valid by accident.

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252'

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte)

// Letters only Windows-1258 writes: ă Ă đ Đ ơ Ơ ư Ư and the five combining tone marks.
const vietnameseOnly = /[ăĂđĐơƠưƯ]|\u0300|\u0301|\u0303|\u0309|\u0323/

export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (startsWith(bytes, 0xff, 0xfe))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)).normalize('NFC'), encoding: 'utf-16le' }
  if (startsWith(bytes, 0xfe, 0xff))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)).normalize('NFC'), encoding: 'utf-16be' }
  const bom = startsWith(bytes, 0xef, 0xbb, 0xbf)
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return { text: text.normalize('NFC'), encoding: bom ? 'utf-8-bom' : 'utf-8' }
  } catch {
    // Not UTF-8: a Windows code page. Windows-1258 unless nothing in the text is Vietnamese, then
    // Windows-1252 (the two agree on ASCII and differ in a few letters such as Ð/Đ and Õ/Ơ).
    const vietnamese = new TextDecoder('windows-1258').decode(bytes)
    if (vietnameseOnly.test(vietnamese)) return { text: vietnamese.normalize('NFC'), encoding: 'windows-1258' }
    return { text: new TextDecoder('windows-1252').decode(bytes).normalize('NFC'), encoding: 'windows-1252' }
  }
}
