import { z } from 'zod';
import { LEADER_ROLES } from '../domain/schedule/minimum-rules';
import { defineCall } from './define';
import { choice, optionalText, requiredText } from './fields';
import { SESSION_KINDS, SessionView } from './sessions';

const dateText = (label: string) =>
  z.string({ error: `Hãy nhập ${label.toLowerCase()}.` }).regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: `${label} phải có dạng ngày/tháng/năm hợp lệ.`,
  });
const timeText = (label: string) =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} phải có dạng giờ:phút, ví dụ 08:00.` });

export const DateRangeInput = z
  .object({ from: dateText('Từ ngày'), to: dateText('Đến ngày') })
  .refine((range) => range.from <= range.to, {
    error: 'Từ ngày phải trước hoặc bằng đến ngày.',
    path: ['to'],
  })
  .refine((range) => range.from >= `${Number(range.to.slice(0, 4)) - 2}${range.to.slice(4)}`, {
    error: 'Khoảng thời gian dài quá 2 năm; hãy chọn ngắn hơn.',
    path: ['from'],
  });

export const RuleInput = z
  .object({
    id: z.number().int().positive().nullable().default(null),
    leaderName: requiredText(150, 'Người tiếp'),
    leaderRole: choice(LEADER_ROLES, 'Chức vụ'),
    delegateName: optionalText(150, 'Người được ủy quyền'),
    frequency: choice(['weekly', 'monthly'], 'Tần suất'),
    weekday: z.number({ error: 'Hãy chọn thứ trong tuần.' }).int().min(1).max(7),
    monthWeeks: z.array(z.number().int().min(1).max(5)).max(5).default([]),
    startTime: timeText('Giờ bắt đầu'),
    endTime: timeText('Giờ kết thúc'),
    place: requiredText(300, 'Địa điểm'),
    validFrom: dateText('Áp dụng từ ngày'),
    validTo: dateText('Áp dụng đến ngày').nullable().default(null),
  })
  .refine((rule) => rule.frequency === 'weekly' || rule.monthWeeks.length > 0, {
    error: 'Lịch hằng tháng cần chọn tuần trong tháng (ví dụ tuần 2 và tuần 4).',
    path: ['monthWeeks'],
  })
  .refine((rule) => rule.startTime < rule.endTime, {
    error: 'Giờ kết thúc phải sau giờ bắt đầu.',
    path: ['endTime'],
  })
  .refine((rule) => rule.validTo === null || rule.validFrom <= rule.validTo, {
    error: 'Ngày kết thúc áp dụng phải sau ngày bắt đầu.',
    path: ['validTo'],
  });
export type RuleInput = z.infer<typeof RuleInput>;

export const RuleView = z.object({
  id: z.number().int(),
  leaderName: z.string(),
  leaderRole: z.enum(LEADER_ROLES),
  delegateName: z.string().nullable(),
  frequency: z.enum(['weekly', 'monthly']),
  weekday: z.number().int(),
  monthWeeks: z.array(z.number().int()),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type RuleView = z.infer<typeof RuleView>;

export const SittingView = z.object({
  ruleId: z.number().int(),
  leaderName: z.string(),
  leaderRole: z.enum(LEADER_ROLES),
  delegateName: z.string().nullable(),
  plannedDay: z.string(),
  day: z.string(),
  movedBy: z.enum(['holiday', 'manual']).nullable(),
  moveReason: z.string().nullable(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  isPublished: z.boolean(),
  sessionId: z.number().int().nullable(),
  sessionStatus: z.enum(['open', 'closed']).nullable(),
});
export type SittingView = z.infer<typeof SittingView>;

export const HOLIDAY_KINDS = ['le', 'tet', 'nghi_bu', 'khac'] as const;
export const HolidayView = z.object({
  day: z.string(),
  name: z.string(),
  kind: z.enum(HOLIDAY_KINDS),
});
export type HolidayView = z.infer<typeof HolidayView>;

export const HolidayInput = z.object({
  day: dateText('Ngày nghỉ'),
  name: requiredText(150, 'Tên ngày nghỉ'),
  kind: choice(HOLIDAY_KINDS, 'Loại ngày nghỉ'),
});

export const ComplianceView = z.object({
  leaderName: z.string(),
  leaderRole: z.enum(LEADER_ROLES),
  units: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      per: z.enum(['week', 'month']),
      minDays: z.number().int(),
      basis: z.string(),
      announced: z.number().int(),
      held: z.number().int(),
      isPartial: z.boolean(),
      isMet: z.boolean().nullable(),
    }),
  ),
});
export type ComplianceView = z.infer<typeof ComplianceView>;

const counted = z.object({ count: z.number().int(), ids: z.array(z.number().int()) });
export const ReceptionFiguresView = z.object({
  announcedDays: z.object({ inPerson: counted, delegated: counted }),
  heldDays: z.object({ inPerson: counted, delegated: counted }),
  sessions: z.object({ dinh_ky: counted, dot_xuat: counted, uy_quyen: counted }),
  dialogues: z.object({
    count: z.number().int(),
    attendees: z.number().int(),
    opinions: z.number().int(),
    answered: z.number().int(),
    acceptedForFollowUp: z.number().int(),
    ids: z.array(z.number().int()),
  }),
});

export const FollowUpInput = z.object({
  task: requiredText(1000, 'Việc cần làm'),
  assignee: requiredText(150, 'Người thực hiện'),
  dueOn: dateText('Hạn'),
  caseCode: optionalText(40, 'Mã vụ việc'),
});

export const FollowUpView = z.object({
  id: z.number().int(),
  sessionId: z.number().int(),
  sessionHeldOn: z.string(),
  presidedBy: z.string(),
  caseId: z.number().int().nullable(),
  caseCode: z.string().nullable(),
  task: z.string(),
  assignee: z.string(),
  dueOn: z.string(),
  doneAt: z.string().nullable(),
});
export type FollowUpView = z.infer<typeof FollowUpView>;

export const SessionDetail = SessionView.extend({
  conclusions: z.string().nullable(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  place: z.string().nullable(),
  followUps: z.array(FollowUpView),
  visits: z.array(z.object({ id: z.number().int(), receivedAt: z.string(), caseCode: z.string() })),
});
export type SessionDetail = z.infer<typeof SessionDetail>;

const LEADERS = ['leader', 'admin'] as const;
const sessionId = z.object({ sessionId: z.number().int().positive() });

export const scheduleCalls = {
  /** Recurring reception rules of the leaders. */
  'schedule:rules': defineCall({
    input: z.object({}),
    output: z.array(RuleView),
    summary: 'Lịch tiếp định kỳ',
  }),
  /** Creates a rule, or edits one (audited field by field). */
  'schedule:save-rule': defineCall({
    input: RuleInput,
    output: RuleView,
    summary: 'Lưu lịch tiếp định kỳ',
    access: LEADERS,
  }),
  /** Sittings of a date range (rules expanded, holidays and moves applied) and the holidays in it. */
  'schedule:calendar': defineCall({
    input: DateRangeInput,
    output: z.object({ sittings: z.array(SittingView), holidays: z.array(HolidayView) }),
    summary: 'Lịch tiếp theo ngày',
  }),
  /** Publishes the sittings of a range: each then counts as an announced reception day. */
  'schedule:publish': defineCall({
    input: DateRangeInput,
    output: z.object({ published: z.number().int() }),
    summary: 'Công bố lịch tiếp',
    access: LEADERS,
  }),
  /** Moves a sitting to another day, or cancels it (day null); audited. */
  'schedule:move': defineCall({
    input: z.object({
      ruleId: z.number().int().positive(),
      plannedDay: dateText('Ngày theo lịch'),
      day: dateText('Ngày chuyển đến').nullable(),
      reason: requiredText(300, 'Lý do'),
    }),
    output: z.object({}),
    summary: 'Dời hoặc hủy buổi tiếp',
    access: LEADERS,
  }),
  'schedule:holidays': defineCall({
    input: z.object({ year: z.number().int().min(2000).max(2100) }),
    output: z.array(HolidayView),
    summary: 'Ngày nghỉ lễ, Tết',
  }),
  'schedule:save-holiday': defineCall({
    input: HolidayInput,
    output: HolidayView,
    summary: 'Thêm hoặc sửa ngày nghỉ',
    access: LEADERS,
  }),
  'schedule:remove-holiday': defineCall({
    input: z.object({ day: dateText('Ngày nghỉ') }),
    output: z.object({}),
    summary: 'Bỏ ngày nghỉ',
    access: LEADERS,
  }),
  /** Per leader with a schedule: legal minimum, announced and held days per week or month. */
  'schedule:compliance': defineCall({
    input: DateRangeInput,
    output: z.array(ComplianceView),
    summary: 'Đối chiếu số ngày tiếp với quy định',
  }),
  /** The figures the tally engine reads (receptionFigures). */
  'schedule:figures': defineCall({
    input: DateRangeInput,
    output: ReceptionFiguresView,
    summary: 'Số liệu lịch tiếp, kỳ tiếp, đối thoại',
  }),
  /** Opens today's sitting of a rule as a session; the head's queue line opens with it. */
  'schedule:open-sitting': defineCall({
    input: z.object({ ruleId: z.number().int().positive(), plannedDay: dateText('Ngày theo lịch') }),
    output: SessionDetail,
    summary: 'Mở kỳ tiếp theo lịch',
  }),
  'sessions:get': defineCall({ input: sessionId, output: SessionDetail, summary: 'Chi tiết kỳ tiếp' }),
  /** Opens an ad-hoc session today (định kỳ / đột xuất / ủy quyền). */
  'sessions:open': defineCall({
    input: z.object({
      kind: choice(SESSION_KINDS, 'Loại kỳ tiếp'),
      presidedBy: requiredText(150, 'Người chủ trì'),
      title: optionalText(300, 'Tiêu đề'),
    }),
    output: SessionDetail,
    summary: 'Mở kỳ tiếp',
  }),
  /** Closes a session with its conclusions and the follow-ups assigned; audited. */
  'sessions:close': defineCall({
    input: sessionId.extend({
      conclusions: requiredText(5000, 'Kết luận'),
      followUps: z.array(FollowUpInput).max(50).default([]),
    }),
    output: SessionDetail,
    summary: 'Kết thúc kỳ tiếp',
  }),
  'follow-ups:for-case': defineCall({
    input: z.object({ caseId: z.number().int().positive() }),
    output: z.array(FollowUpView),
    summary: 'Việc cần theo dõi của vụ việc',
  }),
  'follow-ups:set-done': defineCall({
    input: z.object({ id: z.number().int().positive(), isDone: z.boolean() }),
    output: FollowUpView,
    summary: 'Đánh dấu việc đã xong',
  }),
};
