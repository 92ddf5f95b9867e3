/**
 * Inputs shaped like a call's zod schema: the schema is turned into JSON Schema (zod 4's
 * `z.toJSONSchema`, input side) and walked into fast-check arbitraries. Values are near the edges the
 * schema states (max lengths, ranges, patterns); a few field names get realistic content.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { hostileValue, withOwnKey } from './hostile-values';

/** The part of JSON Schema that zod emits for the contract's inputs. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** What a caller may send to a schema (defaults and transforms seen from the input side). */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const VIETNAMESE_WORDS = [
  'Nguyễn',
  'Văn',
  'Thị',
  'Đặng',
  'Phường',
  'xã',
  'đất đai',
  'khiếu nại',
  'Hà Nội',
  'Ấp',
];

const vietnameseText = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...VIETNAMESE_WORDS), { minLength: 1, maxLength: 6 })
    .map((words) => words.join(' ').slice(0, maxLength));

/** Content for the register upload: base64 of CSV lines, of a ZIP header with junk, or of random bytes. */
const registerBase64 = fc
  .oneof(
    fc.constant(
      Buffer.from('\ufeffngay_tiep,ho_ten,phan_loai,noi_dung\n05/03/2024,Nguyễn Văn A,khiếu nại,Đất\n'),
    ),
    fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.concat([Buffer.from('PK\u0003\u0004'), bytes])),
    fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
  )
  .map((bytes) => bytes.toString('base64'));

/** Three times in four the given value, else whatever the schema allows. */
const mostly =
  (value: fc.Arbitrary<unknown>) =>
  (schema: JsonSchema): fc.Arbitrary<unknown> =>
    fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: arbitraryFor(schema) });

/**
 * Fields whose rules the JSON Schema cannot state (refinements, rows that must exist), given values
 * that usually pass, so that more payloads get past validation into the services.
 */
const FIELD_HINTS: Record<string, (schema: JsonSchema) => fc.Arbitrary<unknown>> = {
  contentBase64: () => registerBase64,
  fileName: () =>
    fc.constantFrom('so.csv', 'so.xlsx', 'so.xls', 'so', '../../etc/passwd.csv', 'a\u0000.csv', '.csv'),
  idNumber: () => fc.oneof(fc.constantFrom(null, ''), fc.stringMatching(/^0[0-9]{11}$/)),
  phone: () => fc.oneof(fc.constant(null), fc.stringMatching(/^0[0-9]{9}$/)),
  receptionKind: mostly(fc.constant('thuong_xuyen')),
  lineCode: mostly(fc.constant('thuong_xuyen')),
  representatives: mostly(fc.constant([])),
  priorityReason: mostly(fc.constant(null)),
  path: mostly(fc.stringMatching(/^\/print\/(ticket|receipt|appointment)\/[1-9][0-9]?$/)),
};

const DAY_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}`;

/** A real calendar day (with a time when the pattern wants one) in the years a register covers. */
function realDateText(withTime: boolean): fc.Arbitrary<string> {
  return fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2030-12-31T23:59:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, withTime ? 16 : 10));
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.pattern !== undefined) {
    const matching = fc.stringMatching(new RegExp(schema.pattern));
    const bounded =
      schema.maxLength === undefined ? matching : matching.map((text) => text.slice(0, schema.maxLength));
    if (!schema.pattern.startsWith(DAY_PATTERN)) return bounded;
    // Any digits fit a date pattern ("8391-57-02"); real days reach the services more often.
    return fc.oneof(
      { weight: 3, arbitrary: realDateText(schema.pattern.includes('T')) },
      { weight: 1, arbitrary: bounded },
    );
  }
  const max = Math.min(schema.maxLength ?? 400, 20_000);
  const min = schema.minLength ?? 0;
  const pad = (text: string) => text.padEnd(min, 'x');
  return fc
    .oneof(
      { weight: 4, arbitrary: vietnameseText(max) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.min(max, 40) }) },
      // Exactly at the limit; longer ones come from the mutations' hostile values (64 KB and more).
      { weight: 1, arbitrary: fc.constant('ễ'.repeat(max)) },
    )
    .map(pad);
}

function numberArbitrary(schema: JsonSchema, isInteger: boolean): fc.Arbitrary<number> {
  const low = schema.minimum ?? (schema.exclusiveMinimum === undefined ? -1e6 : schema.exclusiveMinimum + 1);
  const high = Math.min(schema.maximum ?? 1e6, schema.exclusiveMaximum ?? Number.MAX_SAFE_INTEGER);
  const edges = fc.constantFrom(low, high, Math.max(low, Math.min(high, 1)));
  if (!isInteger) return fc.oneof(fc.double({ min: low, max: high, noNaN: true }), edges);
  return fc.oneof(fc.integer({ min: low, max: Math.min(high, 1e6) }), edges);
}

function objectArbitrary(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    shape[key] = FIELD_HINTS[key]?.(child) ?? arbitraryFor(child);
  }
  return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((key) => key in shape) });
}

function typeArbitrary(type: string, schema: JsonSchema): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
    case 'number':
      return numberArbitrary(schema, type === 'integer');
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items === undefined ? hostileValue : arbitraryFor(schema.items), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'object':
      return objectArbitrary(schema);
    default:
      return hostileValue;
  }
}

/** A value that mostly satisfies the schema; edges included, so some are just past a limit. */
export function arbitraryFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const members = schema.anyOf ?? schema.oneOf;
  if (members !== undefined) return fc.oneof(...members.map(arbitraryFor));
  if (schema.allOf?.[0] !== undefined) return arbitraryFor(schema.allOf[0]);
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => typeArbitrary(type, schema)));
  if (schema.type !== undefined) return typeArbitrary(schema.type, schema);
  return hostileValue;
}

/** A field address inside a payload: keys and indexes from the root. */
export type Path = (string | number)[];

/** Every position of a payload, the root first. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

/** One change to a single position of an otherwise well-formed payload. */
export type Mutation =
  | { kind: 'none' }
  | { kind: 'replace'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'wrap-in-array' }
  | { kind: 'extra-key'; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<Mutation>({ kind: 'none' }) },
  { weight: 6, arbitrary: hostileValue.map<Mutation>((value) => ({ kind: 'replace', value })) },
  { weight: 2, arbitrary: fc.constant<Mutation>({ kind: 'delete' }) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'wrap-in-array' }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'role', 'userId', 'toString'),
        hostileValue,
      )
      .map<Mutation>(([key, value]) => ({ kind: 'extra-key', key, value })),
  },
);

function changed(value: unknown, change: Mutation): unknown {
  switch (change.kind) {
    case 'replace':
      return change.value;
    case 'wrap-in-array':
      return [value];
    case 'extra-key':
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? withOwnKey({ ...value }, change.key, change.value)
        : withOwnKey({ value }, change.key, change.value);
    default:
      return value;
  }
}

/** A copy of `value` with `change` applied at `path` (copy-on-write along the path). */
export function mutateAt(value: unknown, path: Path, change: Mutation): unknown {
  if (path.length === 0) return change.kind === 'delete' ? undefined : changed(value, change);
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy: unknown[] = [...(value as unknown[])];
    if (rest.length === 0 && change.kind === 'delete') copy.splice(Number(head), 1);
    else copy[Number(head)] = mutateAt(copy[Number(head)], rest, change);
    return copy;
  }
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(source)) {
    if (key === head && rest.length === 0 && change.kind === 'delete') continue;
    withOwnKey(copy, key, key === head ? mutateAt(item, rest, change) : item);
  }
  return copy;
}

/** Schema-shaped payloads with exactly one position changed (or none, to also reach the handlers). */
export function nearValidPayload(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc
    .tuple(arbitraryFor(inputJsonSchema(schema)), fc.noBias(fc.nat()), mutation)
    .map(([sample, pick, change]) => {
      const paths = pathsOf(sample);
      return mutateAt(sample, paths[pick % paths.length] ?? [], change);
    });
}
