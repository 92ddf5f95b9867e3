import { z } from 'zod';
import { defineCall } from './define';
import { choice, optionalText, requiredText } from './fields';
import { DateRangeInput } from './schedule';

export const DIALOGUE_LEVELS = ['xa', 'tinh', 'so_nganh', 'khac'] as const;
export type DialogueLevel = (typeof DIALOGUE_LEVELS)[number];
export const DIALOGUE_LEVEL_LABELS: Record<DialogueLevel, string> = {
  xa: 'Cấp xã',
  tinh: 'Cấp tỉnh',
  so_nganh: 'Sở, ngành',
  khac: 'Khác',
};

const count = (label: string) =>
  z
    .number({ error: `Hãy nhập ${label.toLowerCase()} (số).` })
    .int({ error: `${label} phải là số nguyên.` })
    .min(0, { error: `${label} không được âm.` })
    .max(1_000_000, { error: `${label} quá lớn; hãy kiểm tra lại.` });

export const DialogueInput = z
  .object({
    id: z.number().int().positive().nullable().default(null),
    heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Hãy nhập ngày đối thoại (ngày/tháng/năm).' }),
    presidedBy: requiredText(150, 'Người chủ trì'),
    level: choice(DIALOGUE_LEVELS, 'Cấp đối thoại'),
    place: requiredText(300, 'Địa điểm'),
    topic: requiredText(2000, 'Nội dung hoặc nhóm công dân'),
    attendees: count('Số đại biểu'),
    opinions: count('Số ý kiến'),
    answered: count('Số ý kiến đã trả lời'),
    acceptedForFollowUp: count('Số ý kiến tiếp thu'),
    note: optionalText(2000, 'Ghi chú'),
    caseCodes: z.array(z.string().trim().min(1).max(40)).max(100).default([]),
  })
  .refine((d) => d.answered <= d.opinions, {
    error: 'Số ý kiến đã trả lời không thể nhiều hơn số ý kiến.',
    path: ['answered'],
  })
  .refine((d) => d.acceptedForFollowUp <= d.opinions, {
    error: 'Số ý kiến tiếp thu không thể nhiều hơn số ý kiến.',
    path: ['acceptedForFollowUp'],
  });
export type DialogueInput = z.infer<typeof DialogueInput>;

export const DialogueView = z.object({
  id: z.number().int(),
  heldOn: z.string(),
  presidedBy: z.string(),
  level: z.enum(DIALOGUE_LEVELS),
  place: z.string(),
  topic: z.string(),
  attendees: z.number().int(),
  opinions: z.number().int(),
  answered: z.number().int(),
  acceptedForFollowUp: z.number().int(),
  note: z.string().nullable(),
  cases: z.array(z.object({ id: z.number().int(), code: z.string() })),
});
export type DialogueView = z.infer<typeof DialogueView>;

export const dialogueCalls = {
  /** Dialogue conferences held in a date range, newest first. */
  'dialogues:list': defineCall({
    input: DateRangeInput,
    output: z.array(DialogueView),
    summary: 'Các cuộc đối thoại',
  }),
  /** Records a dialogue conference, or edits one (audited field by field). */
  'dialogues:save': defineCall({ input: DialogueInput, output: DialogueView, summary: 'Lưu cuộc đối thoại' }),
};
