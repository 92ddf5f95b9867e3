import { z } from 'zod';
import { CHANNELS } from '../domain/classification';
import { defineCall } from './define';
import { choice, optionalText, requiredText } from './fields';

export const SESSION_KINDS = ['dinh_ky', 'dot_xuat', 'uy_quyen'] as const;

export const SessionInput = z.object({
  kind: choice(SESSION_KINDS, 'Loại kỳ tiếp'),
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày tiếp phải có dạng yyyy-mm-dd.' }),
  presidedBy: requiredText(150, 'Người chủ trì'),
  title: optionalText(300, 'Tiêu đề'),
  /** Trực tiếp or trực tuyến (Luật 136/2025); older clients send nothing: in person. */
  channel: choice(CHANNELS, 'Kênh tiếp').default('truc_tiep'),
  /** The online meeting's reference; kept only for a trực tuyến session. */
  meetingRef: optionalText(300, 'Mã hoặc đường dẫn cuộc họp trực tuyến'),
});
export type SessionInput = z.infer<typeof SessionInput>;

export const SessionView = SessionInput.extend({
  id: z.number().int(),
  title: z.string().nullable(),
  visitCount: z.number().int(),
  status: z.enum(['open', 'closed']),
});
export type SessionView = z.infer<typeof SessionView>;

export const sessionCalls = {
  /** Reception sessions (kỳ tiếp) around a date, for the intake form's picker. */
  'sessions:list': defineCall({
    input: z.object({
      from: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullish()
        .transform((v) => v ?? null),
      to: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullish()
        .transform((v) => v ?? null),
    }),
    output: z.array(SessionView),
    summary: 'Danh sách kỳ tiếp',
  }),
  /** Open a session inline from the intake form. */
  'sessions:create': defineCall({ input: SessionInput, output: SessionView, summary: 'Tạo kỳ tiếp' }),
};
