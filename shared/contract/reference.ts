import { z } from 'zod';
import { defineCall } from './define';
import { optionalText, requiredText } from './fields';

export const Unit = z.object({ code: z.string(), name: z.string() });
export type Unit = z.infer<typeof Unit>;

export const AddressCandidate = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  confidence: z.enum(['exact', 'province_only', 'ambiguous']),
  /** How the line was read: in the current units or through the old→new mapping. */
  matchedAs: z.enum(['new', 'old']).nullable(),
});
export type AddressCandidate = z.infer<typeof AddressCandidate>;

export const OfficeSettings = z.object({
  officeName: z.string(),
  groupThreshold: z.number().int(),
});
export type OfficeSettings = z.infer<typeof OfficeSettings>;

export const referenceCalls = {
  /** Lĩnh vực list (codes fixed, labels editable). */
  'reference:subjects': defineCall({
    input: z.object({}).default({}),
    output: z.array(z.object({ code: z.string(), label: z.string() })),
    summary: 'Danh mục lĩnh vực',
  }),
  /** The 34 provinces and cities in force. */
  'reference:provinces': defineCall({
    input: z.object({}).default({}),
    output: z.array(Unit),
    summary: 'Danh sách tỉnh, thành phố',
  }),
  /** Communes of a province, or matching a folded query. */
  'reference:communes': defineCall({
    input: z.object({ provinceCode: optionalText(10, 'Mã tỉnh'), query: optionalText(100, 'Tên xã') }),
    output: z.array(Unit.extend({ provinceCode: z.string() })),
    summary: 'Danh sách xã, phường, đặc khu',
  }),
  /** Reads an address line, in new or old units, and proposes the current province and commune. */
  'reference:resolve-address': defineCall({
    input: z.object({ text: requiredText(300, 'Địa chỉ') }),
    output: z.array(AddressCandidate),
    summary: 'Đối chiếu địa chỉ cũ sang đơn vị hành chính mới',
  }),
  /** Office settings the intake form needs. */
  'settings:office': defineCall({
    input: z.object({}).default({}),
    output: OfficeSettings,
    summary: 'Thiết lập cơ quan',
    access: 'public',
  }),
};
