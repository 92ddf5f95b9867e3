import { z } from 'zod';
import { parseCccdQr } from '../domain/cccd-qr';
import { defineCall } from './define';
import { optionalText, requiredText } from './fields';

const TicketId = z.object({ ticketId: z.number().int().positive() });
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show'] as const;
export const TICKET_STATUS_LABELS: Record<(typeof TICKET_STATUSES)[number], string> = {
  waiting: 'Đang chờ',
  called: 'Đã gọi',
  serving: 'Đang tiếp',
  done: 'Đã tiếp xong',
  no_show: 'Vắng mặt',
};

export const TicketView = z.object({
  id: z.number().int(),
  code: z.string(),
  number: z.number().int(),
  serviceDay: z.string(),
  lineCode: z.string(),
  lineLabel: z.string(),
  fullName: z.string().nullable(),
  idNumber: z.string().nullable(),
  /** The card scanned at issue (CCCD QR text), kept until the ticket is served or the day ends. */
  cardPayload: z.string().nullable(),
  headcount: z.number().int(),
  priorityReason: z.string().nullable(),
  priorityLabel: z.string().nullable(),
  status: z.enum(TICKET_STATUSES),
  deskNumber: z.number().int().nullable(),
  targetDesk: z.number().int().nullable(),
  callCount: z.number().int(),
  issuedAt: z.string(),
  calledAt: z.string().nullable(),
  servingStartedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  visitId: z.number().int().nullable(),
  /** Tickets of the same line called before this one, counted when it was issued or read. */
  waitingAhead: z.number().int(),
});
export type TicketView = z.infer<typeof TicketView>;

export const QueueSetup = z.object({
  lines: z.array(z.object({ code: z.string(), label: z.string(), prefix: z.string(), isOpen: z.boolean() })),
  desks: z.array(z.object({ number: z.number().int(), label: z.string(), isHeadRoom: z.boolean() })),
  priorityReasons: z.array(z.object({ code: z.string(), label: z.string() })),
});
export type QueueSetup = z.infer<typeof QueueSetup>;

/** What the waiting-room screen shows: numbers and desks only, never a name. */
export const DisplayState = z.object({
  serviceDay: z.string(),
  current: z.array(
    z.object({ code: z.string(), deskNumber: z.number().int(), deskLabel: z.string(), calledAt: z.string() }),
  ),
  recent: z.array(z.object({ code: z.string(), deskLabel: z.string(), calledAt: z.string() })),
  waiting: z.array(z.object({ lineCode: z.string(), lineLabel: z.string(), count: z.number().int() })),
});
export type DisplayState = z.infer<typeof DisplayState>;

const Stat = z.object({
  key: z.string(),
  label: z.string(),
  served: z.number().int(),
  noShows: z.number().int(),
  stillWaiting: z.number().int(),
  waitMedianMinutes: z.number().nullable(),
  waitP90Minutes: z.number().nullable(),
  serviceMedianMinutes: z.number().nullable(),
  serviceP90Minutes: z.number().nullable(),
});
export const QueueFigures = z.object({
  serviceDay: z.string(),
  total: Stat,
  byLine: z.array(Stat),
  byDesk: z.array(Stat),
});
export type QueueFigures = z.infer<typeof QueueFigures>;

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải có dạng yyyy-mm-dd.' });

export const queueCalls = {
  /** Lines (with whether each is open now), desks and priority reasons. */
  'queue:setup': defineCall({
    input: z.object({}).default({}),
    output: QueueSetup,
    summary: 'Thiết lập hàng chờ',
  }),
  /** Issue a ticket; a group delegation is one ticket with its headcount. */
  'queue:issue': defineCall({
    input: z.object({
      lineCode: requiredText(40, 'Diện tiếp'),
      fullName: optionalText(150, 'Họ và tên'),
      idNumber: optionalText(20, 'Số giấy tờ'),
      /** The CCCD QR text scanned at the reception table; checked like the intake form checks it. */
      cardPayload: optionalText(1000, 'Mã QR thẻ căn cước')
        .refine((value) => value === null || parseCccdQr(value).ok, {
          error: 'Mã QR đã quét không phải của thẻ căn cước; hãy quét lại thẻ hoặc nhập tay.',
        })
        .optional()
        .transform((value) => value ?? null),
      headcount: z.number().int().min(1, { error: 'Số người ít nhất là 1.' }).max(10_000).default(1),
      priorityReason: optionalText(40, 'Lý do ưu tiên'),
    }),
    output: TicketView,
    summary: 'Cấp số thứ tự',
  }),
  /** The desk calls the next ticket: priority first, then arrival order; null when nobody waits. */
  'queue:call-next': defineCall({
    input: z.object({ deskNumber: z.number().int().positive() }),
    output: TicketView.nullable(),
    summary: 'Gọi số tiếp theo',
  }),
  'queue:recall': defineCall({ input: TicketId, output: TicketView, summary: 'Gọi lại' }),
  'queue:no-show': defineCall({ input: TicketId, output: TicketView, summary: 'Đánh dấu vắng mặt' }),
  /** Send a ticket back to the queue of another line or to a given desk, keeping its place in line. */
  'queue:transfer': defineCall({
    input: TicketId.extend({
      lineCode: optionalText(40, 'Diện tiếp'),
      deskNumber: z
        .number()
        .int()
        .positive()
        .nullish()
        .transform((v) => v ?? null),
    }),
    output: TicketView,
    summary: 'Chuyển số sang diện hoặc bàn khác',
  }),
  /** Start service: the intake form opens with the ticket's data; saving the visit finishes the ticket. */
  'queue:start': defineCall({ input: TicketId, output: TicketView, summary: 'Bắt đầu tiếp' }),
  'queue:get': defineCall({ input: TicketId, output: TicketView, summary: 'Xem một số thứ tự' }),
  /** Today's tickets, newest first. */
  'queue:today': defineCall({
    input: z.object({}).default({}),
    output: z.array(TicketView),
    summary: 'Hàng chờ hôm nay',
  }),
  'queue:display': defineCall({
    input: z.object({}).default({}),
    output: DisplayState,
    summary: 'Màn hình phòng chờ',
    access: 'public',
  }),
  /** Waiting and service times (median, p90), served, no-shows and still waiting, per line and desk. */
  'queue:figures': defineCall({
    input: z.object({ day: DAY.nullish().transform((v) => v ?? null) }),
    output: QueueFigures,
    summary: 'Số liệu hàng chờ trong ngày',
  }),
};
