import { describe, expect, it } from 'vitest';
import { queueCalls } from '../../../../shared/contract/queue';
import { fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { visitInput } from '../../../../test/fixtures/visit-input';
import { createVisit } from '../visits/create-visit';
import { callNext, markNoShow } from './desk-actions';
import { issueTicket } from './issue-ticket';
import { getTicket } from './ticket-views';
import { useTestDb } from '../../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const CARD =
  '093185001234|363456789|Nguyễn Thị Hồng Nhung|07031985|Nữ|Ấp 3, Xã Phú Hữu, Huyện Châu Thành, Tỉnh Hậu Giang|10082021';
const at = (iso: string) => testContext(db(), fixedClock(iso));
const today = () => at('2026-11-27T02:00:00Z');
const issue = (cardPayload: string | null, c = today()) =>
  issueTicket(c, {
    lineCode: 'thuong_xuyen',
    fullName: null,
    idNumber: null,
    cardPayload,
    headcount: 1,
    priorityReason: null,
  });

describe('a ticket issued with a scanned card', () => {
  it('keeps the payload and takes name and number from the card', async () => {
    const ticket = await issue(CARD);
    expect([ticket.fullName, ticket.idNumber, ticket.cardPayload]).toEqual([
      'Nguyễn Thị Hồng Nhung',
      '093185001234',
      CARD,
    ]);
  });

  it('forgets the payload once the visit is saved', async () => {
    const ticket = await issue(CARD);
    await callNext(today(), 1);
    await createVisit(today(), visitInput({ ticketId: ticket.id }));
    const done = await getTicket(db(), ticket.id);
    expect([done.status, done.cardPayload]).toEqual(['done', null]);
  });

  it('forgets the payload of a citizen who did not come', async () => {
    const ticket = await issue(CARD);
    await callNext(today(), 1);
    await markNoShow(today(), ticket.id);
    expect((await getTicket(db(), ticket.id)).cardPayload).toBeNull();
  });

  it('forgets payloads of earlier days at the next issue', async () => {
    const yesterday = await issue(CARD, at('2026-11-26T02:00:00Z'));
    const kept = await issue(CARD);
    expect([
      (await getTicket(db(), yesterday.id)).cardPayload,
      (await getTicket(db(), kept.id)).cardPayload,
    ]).toEqual([null, CARD]);
  });

  it('refuses a payload that is not a card, saying what to do', () => {
    const parsed = queueCalls['queue:issue'].input.safeParse({
      lineCode: 'thuong_xuyen',
      cardPayload: 'abc|def',
    });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['cardPayload', 'Mã QR đã quét không phải của thẻ căn cước; hãy quét lại thẻ hoặc nhập tay.'],
    ]);
  });
});
