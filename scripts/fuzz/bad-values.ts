// The bad values every parameter gets (npm run fuzz and test/server/routes/fuzz.test.ts): empty and
// huge text, Unicode edge cases, injection attempts, path tricks, numbers that are not, lookalike
// codes and dates. Pure data.

export const badText = [
  ...['', ' ', '\t\n', 'x'.repeat(10 * 1024), 'x'.repeat(100 * 1024)],
  ...['💥', 'e\u0301\u0301\u0301', '\u202Eabc', 'العربية', '\u0000', 'a\u0000b', '\uFEFF', '\u200B', 'Ｌạng Sơn'],
  ...["' or 1=1 --", '1; drop table unit', "%' and pg_sleep(5) is null --", '\\', '"', '$1', '{{x}}', '<b>x</b>'],
  ...['../../etc/passwd', '..\\..\\windows', '%2e%2e%2f', '/', '?', '#', '&', '=', '.', '..'],
  ...['-1', '0', '-0', '1e309', '-1e309', 'NaN', 'Infinity', '0x10', '0b11', '2021.5', ' 2021', '2021 ', '+1'],
  ...['9'.repeat(40), '1e-300', '2147483648', '{}', '[]', 'null', 'true', 'false', 'undefined'],
  ...['0604', '060400', '06a40', '０６１８４', '106.5,21.5,107,22', '106.5,21.5,107', 'NaN,NaN,NaN,NaN'],
  ...['0000-01-01T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-31', '275760-09-13T00:00:00Z', 'border', 'gates'],
]

/** Already percent-encoded: invalid UTF-8 (a surrogate half, a cut emoji), bare or bad escapes, encoded dots. */
export const rawEncoded = [
  '%ED%A0%80',
  '%ED%BF%BF',
  encodeURIComponent('💥').slice(0, 9),
  '%',
  '%zz',
  '%2e%2e%2f',
  '..%2f..%2f',
]

const deep = (depth: number): unknown => (depth === 0 ? 1 : { a: deep(depth - 1) })

/** Bad values of a JSON body field: the bad text, lone surrogates, extreme numbers, wrong types. */
export const badJson: unknown[] = [
  ...badText,
  ...['\ud800', '\udfff\ud800', -1, 0, 1e308, -1e308, 2021.5, 5e-324, 2 ** 53 + 1, true, false, null],
  ...[[], {}, [[]], ['border'], ['admin', 'admin', 'admin', 'admin'], { a: 1 }, deep(1000)],
]

/** A value as a short label. */
export const show = (value: unknown) => (JSON.stringify(value) ?? String(value)).slice(0, 40)
