import { z } from 'zod';

/**
 * Free text that may be left blank: trimmed, NFC-normalised (the same word arrives in NFC or NFD from
 * different input methods), and an empty string becomes null.
 */
export function optionalText(max: number, label: string) {
  return z
    .string({ error: `${label} phải là chữ.` })
    .max(max, { error: `${label} dài quá ${max} ký tự, hãy rút gọn.` })
    .transform((value) => value.normalize('NFC').trim())
    .nullish()
    .transform((value) => (value === undefined || value === null || value === '' ? null : value));
}

/** Free text the officer must fill in. */
export function requiredText(max: number, label: string) {
  return z
    .string({ error: `Hãy nhập ${label.toLowerCase()}.` })
    .max(max, { error: `${label} dài quá ${max} ký tự, hãy rút gọn.` })
    .transform((value) => value.normalize('NFC').trim())
    .refine((value) => value.length > 0, { error: `Hãy nhập ${label.toLowerCase()}.` });
}

/** An enum field with a Vietnamese message listing what is expected. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: `Hãy chọn ${label.toLowerCase()}.` });
}

/** An enum field that may be left unchosen: '' (an empty select) or a missing value becomes null. */
export function nullableChoice<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z
    .union([choice(values, label), z.literal('')], {
      error: `Hãy chọn ${label.toLowerCase()} trong danh sách.`,
    })
    .nullish()
    .transform((value) => (value === '' || value === undefined ? null : value));
}
