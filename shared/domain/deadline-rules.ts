import type { Classification } from './classification';

/**
 * Legal time limits as dated data (DOMAIN §5), counted in calendar days. A rule applies to cases whose
 * start date falls on or after its `effectiveFrom`; a revised law adds a row, it does not edit one.
 */
export interface DeadlineRule {
  classification: Classification;
  stage: 'thu_ly' | 'giai_quyet';
  label: string;
  days: number;
  /** Longer limit for complex cases, when the law gives one. */
  complexDays: number | null;
  /** Counted from the first reception (thụ lý limits) or from acceptance (resolution limits). */
  countFrom: 'received' | 'accepted';
  effectiveFrom: string;
  source: string;
}

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    classification: 'khieu_nai',
    stage: 'thu_ly',
    label: 'Hạn thụ lý khiếu nại',
    days: 10,
    complexDays: null,
    countFrom: 'received',
    effectiveFrom: '2012-07-01',
    source: 'Luật Khiếu nại 2011, Điều 27',
  },
  {
    classification: 'khieu_nai',
    stage: 'giai_quyet',
    label: 'Hạn giải quyết khiếu nại lần đầu',
    days: 30,
    complexDays: 45,
    countFrom: 'accepted',
    effectiveFrom: '2012-07-01',
    source: 'Luật Khiếu nại 2011, Điều 28',
  },
  {
    classification: 'to_cao',
    stage: 'giai_quyet',
    label: 'Hạn giải quyết tố cáo',
    days: 30,
    complexDays: 60,
    countFrom: 'accepted',
    effectiveFrom: '2019-01-01',
    source: 'Luật Tố cáo 2018, Điều 30 (gia hạn 30 ngày, tối đa 2 lần)',
  },
];

export interface CaseDeadline {
  stage: DeadlineRule['stage'];
  label: string;
  dueOn: string;
  complexDueOn: string | null;
  source: string;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The deadlines that apply to a case, from its first reception date and its acceptance date. */
export function caseDeadlines(
  classification: Classification,
  firstReceivedOn: string,
  acceptedOn: string | null,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): CaseDeadline[] {
  const deadlines: CaseDeadline[] = [];
  for (const stage of ['thu_ly', 'giai_quyet'] as const) {
    const start = stage === 'thu_ly' ? firstReceivedOn : acceptedOn;
    if (start === null) continue;
    const rule = rules
      .filter((r) => r.classification === classification && r.stage === stage && r.effectiveFrom <= start)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
    if (!rule) continue;
    deadlines.push({
      stage,
      label: rule.label,
      dueOn: addDays(start, rule.days),
      complexDueOn: rule.complexDays === null ? null : addDays(start, rule.complexDays),
      source: rule.source,
    });
  }
  return deadlines;
}

/** The limit for handling a written petition (phân loại, xử lý đơn), as dated data like the rules above. */
export interface PetitionHandlingRule {
  label: string;
  days: number;
  effectiveFrom: string;
  source: string;
}

export const PETITION_HANDLING_RULES: readonly PetitionHandlingRule[] = [
  {
    label: 'Hạn xử lý đơn',
    days: 10,
    effectiveFrom: '2021-11-16',
    source: 'Thông tư 05/2021/TT-TTCP (xử lý đơn trong 10 ngày kể từ ngày nhận được đơn)',
  },
];

/** The day a petition received on `receivedOn` must be handled by, under the rule then in force. */
export function petitionHandlingDue(
  receivedOn: string,
  rules: readonly PetitionHandlingRule[] = PETITION_HANDLING_RULES,
): { dueOn: string; rule: PetitionHandlingRule } | null {
  const rule = rules
    .filter((r) => r.effectiveFrom <= receivedOn)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  return rule ? { dueOn: addDays(receivedOn, rule.days), rule } : null;
}
