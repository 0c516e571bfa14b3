// Which browser and system a session was opened from, read from its User-Agent for "my sessions".
// Only well-known names come out (never the raw header, which the client writes as it likes); the
// order matters: Edge, Opera and Cốc Cốc also say "Chrome", Chrome also says "Safari", Android
// says "Linux", an iPhone says "like Mac OS X".

const browsers: [string, string][] = [
  ['Edg/', 'Edge'],
  ['OPR/', 'Opera'],
  ['coc_coc_browser', 'Cốc Cốc'],
  ['Firefox/', 'Firefox'],
  ['FxiOS/', 'Firefox'],
  ['CriOS/', 'Chrome'],
  ['Chrome/', 'Chrome'],
  ['Safari/', 'Safari'],
]
const systems: [string, string][] = [
  ['Windows', 'Windows'],
  ['Android', 'Android'],
  ['iPhone', 'iOS'],
  ['iPad', 'iPadOS'],
  ['CrOS', 'ChromeOS'],
  ['Mac OS X', 'macOS'],
  ['Linux', 'Linux'],
]

const first = (text: string, list: [string, string][]) => list.find(([needle]) => text.includes(needle))?.[1] ?? null

export type Device = { browser: string | null; system: string | null }

export function deviceOf(userAgent: string | null): Device {
  const text = userAgent ?? ''
  return { browser: first(text, browsers), system: first(text, systems) }
}
