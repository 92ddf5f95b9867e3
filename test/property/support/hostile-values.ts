/**
 * Values an attacker or a broken client could send: wrong types, odd numbers JSON cannot carry, control
 * characters, lone surrogates, SQL and FTS5 fragments, out-of-range dates, huge strings, deep nesting and
 * prototype-pollution keys. `RawJson` carries text spliced into the body as is (`1e309`, deep arrays).
 */
import fc from 'fast-check';

/** JSON text written into the body verbatim, for what `JSON.stringify` cannot produce. */
export class RawJson {
  constructor(
    readonly text: string,
    /** How a failing case prints it (a 3 MB string would drown the report). */
    readonly label: string = text.length > 80 ? `${text.slice(0, 80)}… (${text.length} chars)` : text,
  ) {}

  [fc.toStringMethod](): string {
    return `raw(${this.label})`;
  }
}

/** Sets a property as an own data property, so `__proto__` becomes a key instead of a prototype. */
export function withOwnKey(
  target: Record<string, unknown>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/**
 * Serialises like JSON.stringify, but keeps own `__proto__` keys, splices RawJson text, and sends
 * NaN/±Infinity as strings (JSON has no literal for them).
 */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (typeof value === 'number' && !Number.isFinite(value)) return JSON.stringify(String(value));
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
  if (typeof value === 'bigint') return value.toString();
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const fields = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const SQL_FRAGMENTS = [
  "'; DROP TABLE visits; --",
  "' OR '1'='1",
  '" OR 1=1 --',
  "Robert'); DELETE FROM persons;--",
  "%' UNION SELECT sql FROM sqlite_master --",
  '1; ATTACH DATABASE "/tmp/x.db" AS x; --',
];
const FTS_FRAGMENTS = [
  '"',
  '""',
  '*',
  'a*',
  'NEAR(a b)',
  'a AND',
  'OR',
  'NOT x',
  '^a',
  'content:x',
  '-a',
  '(',
  ')',
];
const DATES = [
  '0000-00-00',
  '9999-99-99',
  '2026-02-30',
  '2026-13-01',
  '1899-12-31',
  '+275760-09-13',
  '-271821-04-20',
  '2026-11-27T25:61',
  '2026-11-27T24:00:60',
  '0001-01-01T00:00',
  '9999-12-31T23:59:59',
  '2026-11-27T00:00:00Z',
  '27/11/2026',
];
const CONTROL_AND_UNICODE = [
  '\u0000',
  'a\u0000b',
  '\u0007\u0008\u001b[31m',
  '\r\n',
  '\u2028\u2029',
  '\u200b\u200d',
  '\u202e',
  '\ufeff',
  '\uffff',
  '\ud800',
  '\udfff',
  'a\ud83d',
  '\ud83d\ude00',
  'Nguyễn Văn A'.normalize('NFD'),
  '\u0958'.repeat(150),
  `a${'\u0301'.repeat(500)}`,
];
const OTHER_TEXT = [
  '',
  ' ',
  ' \t ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x10',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '%2e%2e%2f',
  '<script>alert(1)</script>',
  '${7*7}',
  "=cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '__proto__',
  'constructor',
  'toString',
];

/** Fixed strings that broke parsers and queries elsewhere. */
export const trickyString: fc.Arbitrary<string> = fc.constantFrom(
  ...SQL_FRAGMENTS,
  ...FTS_FRAGMENTS,
  ...DATES,
  ...CONTROL_AND_UNICODE,
  ...OTHER_TEXT,
);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const controlUnit = fc.integer({ min: 0, max: 0x9f }).map((unit) => String.fromCharCode(unit));

/** Strings of 64 KB to 3 MB (one repeated character, so generating them stays cheap), as JSON text. */
export const hugeString: fc.Arbitrary<RawJson> = fc
  .tuple(
    fc.constantFrom(70_000, 1024 * 1024, 3 * 1024 * 1024),
    fc.constantFrom('a', 'ễ', '\u0000', '\ud800', '"'),
  )
  .map(
    ([length, char]) =>
      new RawJson(JSON.stringify(char.repeat(length)), `${JSON.stringify(char)} × ${length}`),
  );

/** Random text of every kind, short. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: trickyString },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: controlUnit, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

/** Numbers JSON can and cannot carry (the latter as RawJson literals or strings). */
export const oddNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 0.5, 2 ** 31, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE),
  fc.constantFrom(
    new RawJson('1e309'),
    new RawJson('-1e309'),
    new RawJson('1e-400'),
    new RawJson('-0'),
    new RawJson('9007199254740993'),
    new RawJson('123456789012345678901234567890'),
    new RawJson('1.0'),
  ),
);

/** Nesting deeper than any handler expects, as raw JSON text. */
export const deepNesting: fc.Arbitrary<RawJson> = fc
  .tuple(fc.constantFrom(64, 5_000, 100_000), fc.boolean())
  .map(([depth, isArray]) =>
    isArray
      ? new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`)
      : new RawJson(`${'{"a":'.repeat(depth)}null${'}'.repeat(depth)}`),
  );

/** Objects whose keys try to reach Object.prototype. */
export const pollutionPayload: fc.Arbitrary<RawJson> = fc.constantFrom(
  new RawJson('{"__proto__":{"polluted":"yes","role":"admin"}}'),
  new RawJson('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  new RawJson('{"__proto__":[1,2],"prototype":null,"toString":"x","valueOf":1,"hasOwnProperty":true}'),
);

/** Keys to slip into an object next to the expected ones. */
export const oddKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    '',
    'role',
  ),
  fc.string({ unit: codeUnit, maxLength: 12 }),
);

/** One hostile value of any kind; containers stay shallow (deep ones come as RawJson). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: oddString },
  { weight: 3, arbitrary: oddNumber },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], [[]], [{}]) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true }) },
  { weight: 1, arbitrary: pollutionPayload },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: hugeString },
);

/** A whole payload made without looking at the schema: any value, or an object of odd keys. */
export const blindPayload: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc
    .array(fc.tuple(fc.oneof(oddKey, fc.constantFrom('id', 'person', 'content', 'fileName')), hostileValue), {
      maxLength: 5,
    })
    .map((entries) => entries.reduce<Record<string, unknown>>((acc, [k, v]) => withOwnKey(acc, k, v), {})),
);
