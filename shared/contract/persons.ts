import { z } from 'zod';
import { GENDERS, ID_TYPES } from '../domain/classification';
import { choice, optionalText, requiredText } from './fields';

/** Nullable enum: absent, null or '' mean "not given". */
function optionalChoice<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z
    .union([choice(values, label), z.literal('')])
    .nullish()
    .transform((value) => (value === '' || value === undefined ? null : value));
}

/** Nullable whole number inside a range, with a Vietnamese message. */
export function optionalInt(min: number, max: number, label: string) {
  return z
    .number({ error: `${label} phải là số.` })
    .int({ error: `${label} phải là số nguyên.` })
    .min(min, { error: `${label} không được nhỏ hơn ${min}.` })
    .max(max, { error: `${label} không được lớn hơn ${max}.` })
    .nullish()
    .transform((value) => value ?? null);
}

/** A citizen as typed at the desk (the main person or a group representative). */
export const PersonInput = z.object({
  fullName: requiredText(150, 'Họ và tên'),
  gender: optionalChoice(GENDERS, 'Giới tính'),
  birthYear: optionalInt(1900, 2100, 'Năm sinh'),
  idType: optionalChoice(ID_TYPES, 'Loại giấy tờ'),
  idNumber: optionalText(20, 'Số giấy tờ').refine(
    (value) => value === null || /^[0-9A-Za-z. ]{6,20}$/.test(value),
    {
      error: 'Số giấy tờ chỉ gồm chữ số (hoặc chữ cái với hộ chiếu), từ 6 đến 20 ký tự.',
    },
  ),
  /** The old CMND number (9 or 12 digits) kept beside a CCCD, so records made with it still match. */
  oldIdNumber: optionalText(20, 'Số CMND cũ')
    .refine((value) => value === null || /^(\d{9}|\d{12})$/.test(value.replace(/[\s.]/g, '')), {
      error: 'Số CMND cũ gồm 9 hoặc 12 chữ số; hãy kiểm tra lại hoặc để trống.',
    })
    .optional()
    .transform((value) => value ?? null),
  phone: optionalText(20, 'Số điện thoại').refine(
    (value) => value === null || /^[0-9+ .()-]{6,20}$/.test(value),
    {
      error: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, dấu + hoặc -.',
    },
  ),
  provinceCode: optionalText(10, 'Mã tỉnh'),
  communeCode: optionalText(10, 'Mã xã'),
  /** Free-text line: house number, street, hamlet; or the whole address as the citizen gave it. */
  address: optionalText(300, 'Địa chỉ'),
});
export type PersonInput = z.infer<typeof PersonInput>;

export const PersonView = z.object({
  id: z.number().int(),
  fullName: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthYear: z.number().int().nullable(),
  idType: z.enum(ID_TYPES).nullable(),
  idNumber: z.string().nullable(),
  oldIdNumber: z.string().nullable(),
  phone: z.string().nullable(),
  provinceCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  address: z.string().nullable(),
  /** Address for display: the free line, then commune and province names. */
  fullAddress: z.string().nullable(),
});
export type PersonView = z.infer<typeof PersonView>;
