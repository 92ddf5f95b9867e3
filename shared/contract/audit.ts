import { z } from 'zod';
import { defineCall } from './define';
import { optionalText } from './fields';

export const AuditEntryView = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const auditCalls = {
  /** The audit log, newest first, for leaders and administrators. */
  'audit:list': defineCall({
    input: z.object({
      beforeId: z
        .number()
        .int()
        .positive()
        .nullish()
        .transform((v) => v ?? null),
      action: optionalText(60, 'Loại thao tác'),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({ items: z.array(AuditEntryView), hasMore: z.boolean() }),
    summary: 'Xem nhật ký hệ thống',
    access: ['leader', 'admin'],
  }),
};
