import type { Transaction } from 'kysely';
import type { VisitInput } from '../../../../shared/contract/visits';
import { AppError, type FieldIssue } from '../../../../shared/contract/envelope';
import { checkIdNumber } from '../../../../shared/domain/cccd';
import { localInputToIso } from '../../../../shared/domain/local-time';
import { inferIdType } from '../persons';
import type { DB } from '../../db/schema';

/** A back-dated entry more than this far in the past needs a reason (audited). */
const BACK_ENTRY_GRACE_MINUTES = 120;
/** Clock drift tolerated between the desk PC and what the officer typed. */
const FUTURE_GRACE_MINUTES = 5;

export interface ReceivedTime {
  iso: string;
  localDate: string;
  isBackEntry: boolean;
}

/**
 * The reception time: now when not given, else the typed local time (Vietnam, +07:00). Refuses the
 * future; an entry for an earlier time needs a reason.
 */
export function resolveReceivedAt(input: VisitInput, nowIso: string): ReceivedTime {
  if (input.receivedAt === null) return { iso: nowIso, localDate: nowIso.slice(0, 10), isBackEntry: false };
  const iso = localInputToIso(input.receivedAt);
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) {
    throw new AppError('INVALID_INPUT', 'Thời điểm tiếp không phải ngày giờ có thật.', [
      { path: 'receivedAt', message: 'Thời điểm tiếp không phải ngày giờ có thật.' },
    ]);
  }
  const minutesAgo = (Date.parse(nowIso) - instant) / 60_000;
  if (minutesAgo < -FUTURE_GRACE_MINUTES) {
    const message = 'Thời điểm tiếp không được sau thời điểm hiện tại; hãy kiểm tra ngày giờ.';
    throw new AppError('INVALID_INPUT', message, [{ path: 'receivedAt', message }]);
  }
  const isBackEntry = minutesAgo > BACK_ENTRY_GRACE_MINUTES;
  if (isBackEntry && input.backEntryReason === null) {
    const message = 'Lượt tiếp ghi bổ sung cho thời điểm đã qua: hãy ghi lý do nhập bổ sung.';
    throw new AppError('INVALID_INPUT', message, [{ path: 'backEntryReason', message }]);
  }
  return { iso, localDate: iso.slice(0, 10), isBackEntry };
}

/**
 * DOMAIN §6 checks on every person of the visit: a malformed number is refused; a number that disagrees
 * with the birth year, sex or a known province must be confirmed by the officer (NEEDS_CONFIRMATION).
 */
export function checkVisitIds(input: VisitInput, currentYear: number): string[] {
  const people = [
    { path: 'person', person: input.person },
    ...input.representatives.map((person, index) => ({ path: `representatives.${index}`, person })),
  ];
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const accepted = new Set(input.idWarningsAccepted);
  for (const { path, person } of people) {
    if (person.idNumber === null) continue;
    const check = checkIdNumber({
      idType: person.idType ?? inferIdType(person.idNumber) ?? 'cccd',
      idNumber: person.idNumber,
      birthYear: person.birthYear,
      gender: person.gender,
      currentYear,
    });
    for (const issue of check.errors) errors.push({ path: `${path}.idNumber`, message: issue.message });
    for (const issue of check.warnings) {
      if (!accepted.has(issue.code))
        warnings.push({ path: `${path}.idNumber`, message: issue.message, code: issue.code });
    }
  }
  if (errors.length > 0) throw new AppError('INVALID_INPUT', errors[0]!.message, errors);
  if (warnings.length > 0) {
    throw new AppError(
      'NEEDS_CONFIRMATION',
      `Số giấy tờ chưa khớp với thông tin đã nhập: ${warnings[0]!.message}`,
      warnings,
    );
  }
  return [...accepted];
}

/** The session must exist, be of the visit's kind and be held on the day of the visit. */
export async function checkSession(
  trx: Transaction<DB>,
  input: VisitInput,
  localDate: string,
): Promise<void> {
  if (input.receptionKind === 'thuong_xuyen') {
    if (input.sessionId !== null) {
      const message =
        'Tiếp thường xuyên không thuộc kỳ tiếp nào; hãy bỏ chọn kỳ tiếp hoặc đổi hình thức tiếp.';
      throw new AppError('INVALID_INPUT', message, [{ path: 'sessionId', message }]);
    }
    return;
  }
  const session = await trx
    .selectFrom('reception_sessions')
    .select(['kind', 'held_on'])
    .where('id', '=', input.sessionId ?? -1)
    .executeTakeFirst();
  const fail = (message: string) => {
    throw new AppError('INVALID_INPUT', message, [{ path: 'sessionId', message }]);
  };
  if (!session) return fail('Không tìm thấy kỳ tiếp đã chọn; hãy chọn lại hoặc tạo kỳ tiếp mới.');
  if (session.kind !== input.receptionKind)
    fail('Kỳ tiếp đã chọn khác hình thức tiếp; hãy chọn kỳ tiếp phù hợp.');
  if (session.held_on !== localDate) {
    fail(`Kỳ tiếp đã chọn diễn ra ngày ${session.held_on.split('-').reverse().join('/')}, khác ngày tiếp.`);
  }
}
