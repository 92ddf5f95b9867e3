import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import type { VisitView } from '../../../shared/contract/visits';
import { SUBJECTS } from '../../../shared/domain/subjects';

/** Canned answers for component tests; a test overrides what it is about. */
export type FakeAnswers = {
  [N in CallName]?: (input: CallInput<N>) => CallOutput<N> | Promise<CallOutput<N>>;
};

export function savedVisit(overrides: Partial<VisitView> = {}): VisitView {
  return {
    id: 1,
    receivedAt: '2026-11-27T09:30:00+07:00',
    receptionKind: 'thuong_xuyen',
    channel: 'truc_tiep',
    meetingRef: null,
    sessionId: null,
    fullName: 'Lê Văn Tám',
    idNumber: '036090001234',
    address: null,
    classification: 'kien_nghi',
    subject: null,
    content: 'Kiến nghị làm đường',
    headcount: 1,
    isGroup: false,
    caseId: 1,
    caseCode: 'VV-2026-00001',
    isFirstReception: true,
    resolvedByBody: null,
    handling: null,
    forwardedTo: null,
    resultTracking: null,
    note: null,
    refusalReason: null,
    officerName: null,
    isIdentityMasked: false,
    ...overrides,
  };
}

export const DEFAULT_ANSWERS: FakeAnswers = {
  'settings:office': () => ({ officeName: 'Ban Tiếp công dân', groupThreshold: 5 }),
  'reference:subjects': () => SUBJECTS.map(({ code, label }) => ({ code, label })),
  'reference:provinces': () => [
    { code: '01', name: 'Thành phố Hà Nội' },
    { code: '92', name: 'Thành phố Cần Thơ' },
  ],
  'reference:communes': (input) =>
    input.provinceCode === '92'
      ? [{ code: '31150', name: 'Phường Vị Thanh', provinceCode: '92' }]
      : [{ code: '00070', name: 'Phường Hoàn Kiếm', provinceCode: '01' }],
  'reference:resolve-address': () => [],
  'cases:suggest': () => ({ persons: [], cases: [] }),
  'sessions:list': () => [],
  'visits:create': () => savedVisit(),
  'visits:list': () => ({ items: [], total: 0, isTotalCapped: false }),
};

/** A `call` stand-in answering from `answers`, then the defaults. */
export function fakeCall(answers: FakeAnswers = {}) {
  return (name: CallName, input: unknown): Promise<unknown> => {
    const answer = (answers[name] ?? DEFAULT_ANSWERS[name]) as ((input: unknown) => unknown) | undefined;
    if (!answer) return Promise.reject(new Error(`No fake answer for ${name}`));
    try {
      return Promise.resolve(answer(input));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
}

/** Inputs `call` received for one call name, in order. */
export function inputsOf(mock: { mock: { calls: unknown[][] } }, name: CallName): unknown[] {
  return mock.mock.calls.filter(([called]) => called === name).map(([, input]) => input);
}
