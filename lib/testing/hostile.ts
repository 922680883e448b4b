import fc from 'fast-check';

// Random and malicious values for property-based tests of every input the
// app takes from outside: query and route parameters, form fields. Shared by
// the API fuzz (Playwright) and the admin form fuzz (vitest). Each arbitrary
// mixes in the valid values it is given, so the valid path runs too.

const HUGE = 'x'.repeat(100_000);
const HUGE_UNICODE = '驿站😀'.repeat(25_000);

const NUMBERISH = [
  'NaN', '-NaN', 'Infinity', '-Infinity', '+Infinity', '-0', '0', '+0', '1e308', '-1e308', '1e309', '1e-324', '5e-324',
  '9007199254740993', '-9007199254740993', '1'.repeat(400), `0.${'1'.repeat(400)}`, ' 28.5 ', '\t28.5\n', '28,5', '28.5,',
  '0x1C', '0b101', '0o17', '1e3', '1E3', '1_000', '.5', '5.', '--5', '+-5', '٢٨', '２８.５', '28.68.1', '１', '١', '⁵',
];
const SQL = [
  "' OR 1=1 --", "'; DROP TABLE \"Station\"; --", '; DROP TABLE "Station";', '1 UNION SELECT * FROM "User"', "\\' OR '1'='1",
  '%', '_', '%%', "x' AND sleep(5) --", '$1', '?', 'NULL', 'null', 'undefined', 'true', 'false', '{}', '[]', '[1,2]',
  '{"$gt":""}', '{"__proto__":{"admin":true}}', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];
const HTML = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)", '<svg onload=alert(1)>',
  '{{7*7}}', '${7*7}', '<!--', ']]>', '&lt;&amp;', '=cmd|" /C calc"!A0', '=HYPERLINK("http://x")', '@SUM(1+1)',
];
const TRAVERSAL = ['../../etc/passwd', '..\\..\\windows\\win.ini', '/etc/passwd', '..', '.', './', '%2e%2e%2f', '....//', 'file:///etc/passwd'];
const UNICODE = [
  '\u0000', 'a\u0000b', '\u0000'.repeat(50), '😀', '👨‍👩‍👧‍👦', '\u202Eabc', 'مرحبا', 'שלום', '\uFEFF', '\u200B', '\u00A0', '\r\n', '\n', '\t',
  'é', 'e\u0301', 'Ω', '𝟘𝟙', '\uFFFD', '\uFFFF', '\uD800', '\uDFFF', 'a\uD800b', '驿站', '　', '\u3000驿站\u3000', '\x7F', '\x1B[31m',
];
const EMPTY = ['', ' ', '   ', '\u3000', '\n'];

const constants = fc.constantFrom(...NUMBERISH, ...SQL, ...HTML, ...TRAVERSAL, ...UNICODE, ...EMPTY);
const huge = fc.oneof(
  fc.constantFrom(HUGE, HUGE_UNICODE, '1'.repeat(100_000), '9'.repeat(5000), 'a,'.repeat(5000)),
  fc.string({ minLength: 201, maxLength: 1000 }),
);
const randomText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.integer().map(String),
  fc.json({ maxDepth: 2 }),
);

/** A valid value with something hostile glued to either side. */
const spliced = (valid: fc.Arbitrary<string>) =>
  fc.tuple(valid, fc.oneof(constants, randomText), fc.boolean()).map(([v, junk, before]) => (before ? junk + v : v + junk));

/**
 * Any string an attacker or a broken client might send in place of `valid`.
 * `withValid: false` leaves out the plain valid values, for endpoints whose
 * valid answer is too slow to ask for thousands of times.
 */
export function hostileText(valid: fc.Arbitrary<string> = fc.constant(''), withValid = true): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: constants },
    { weight: 3, arbitrary: randomText },
    { weight: 1, arbitrary: huge },
    { weight: 2, arbitrary: spliced(valid) },
    ...(withValid ? [{ weight: 2, arbitrary: valid }] : []),
  );
}

/**
 * A query parameter's value: a string; an array (the parameter repeated, as
 * `?lat=1&lat=2`); `{ raw }`, put in the URL as is (broken percent-encoding,
 * encoded lone surrogates, NUL); or null (left out).
 */
export type HostileParam = string | string[] | { raw: string } | null;

const RAW = ['%', '%%', '%ZZ', '%E0%A4%A', '%ED%A0%80', '%ED%BF%BF', '%C0%AE%C0%AE%2F', '%00', '%FF%FE', '%F0%9F%98', '%uD800', '%2e%2e%2f', '&', '=', '#', '+', '%2B', '%26x=1', ';'];

export function hostileParam(valid: fc.Arbitrary<string>, withValid = true): fc.Arbitrary<HostileParam> {
  return fc.oneof(
    { weight: 12, arbitrary: hostileText(valid, withValid) },
    { weight: 2, arbitrary: fc.array(fc.oneof(valid, hostileText(valid)), { minLength: 2, maxLength: 4 }) },
    { weight: 2, arbitrary: fc.tuple(fc.oneof(valid, fc.constant('')), fc.constantFrom(...RAW)).map(([v, r]) => ({ raw: `${encodeText(v)}${r}` })) },
    ...(withValid ? [{ weight: 1, arbitrary: fc.constant(null) }] : []),
  );
}

/** encodeURIComponent, except that lone surrogates become their (invalid) UTF-8 bytes instead of throwing. */
export function encodeText(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c >= 0xd800 && c <= 0xdfff ? wtf8(c) : encodeURIComponent(ch);
  }
  return out;
}

function wtf8(code: number): string {
  const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
}

/** One form field's submission: text, the field repeated, a file where text belongs, or left out. */
export type HostileFormValue = string | string[] | File | null;

export function hostileFormValue(valid: fc.Arbitrary<string>): fc.Arbitrary<HostileFormValue> {
  const file = fc.tuple(hostileText(), fc.constantFrom('a.txt', '../../x.png', '')).map(([body, name]) => new File([body], name, { type: 'text/plain' }));
  return fc.oneof(
    { weight: 12, arbitrary: hostileText(valid) },
    { weight: 2, arbitrary: fc.array(fc.oneof(valid, hostileText(valid)), { minLength: 2, maxLength: 4 }) },
    { weight: 1, arbitrary: file },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** A FormData of `base` with `field` replaced by `value`. */
export function formWith(base: Record<string, string | string[]>, field: string, value: HostileFormValue): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(base)) {
    if (k !== field) for (const x of Array.isArray(v) ? v : [v]) form.append(k, x);
  }
  if (value !== null) for (const x of Array.isArray(value) ? value : [value]) form.append(field, x);
  return form;
}

/** Short, printable description of a hostile value for failure messages. */
export function describeValue(v: unknown): string {
  if (v instanceof File) return `File(${v.name}, ${v.size} bytes)`;
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 120 ? `${s.slice(0, 120)}… (${s.length} chars)` : s;
}
