import { z } from 'zod';
import { defineCall } from './define';

export const SettingView = z.object({
  key: z.string(),
  label: z.string(),
  group: z.string(),
  kind: z.enum(['text', 'number']),
  value: z.union([z.string(), z.number()]),
  min: z.number().nullable(),
  max: z.number().nullable(),
});
export type SettingView = z.infer<typeof SettingView>;

export const settingsCalls = {
  /** Every setting an administrator may change, with its label and current value. */
  'settings:list': defineCall({
    input: z.object({}).default({}),
    output: z.array(SettingView),
    summary: 'Xem thiết lập',
    access: ['admin'],
  }),
  /** Change one setting (checked against its kind and range; audited old → new). */
  'settings:update': defineCall({
    input: z.object({
      key: z.string().max(60),
      value: z.union([z.string().max(500, { error: 'Giá trị dài quá 500 ký tự.' }), z.number()]),
    }),
    output: SettingView,
    summary: 'Thay đổi thiết lập',
    access: ['admin'],
  }),
};
