import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { visitInput } from '../../../../test/fixtures/visit-input';
import { createDb } from '../../db/create-db';
import { migrateToLatest } from '../../db/migrate';
import { createEventBus } from '../../registry/event-bus';
import { createSession } from '../sessions';
import { createVisit } from '../visits/create-visit';
import { callNext, markNoShow, recall, startService, transfer } from './desk-actions';
import { issueTicket } from './issue-ticket';
import { displayState, queueFigures } from './queue-figures';
import { getTicket } from './ticket-views';
import { useTestDb } from '../../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const CHILD = join(import.meta.dirname, '../../../../test/fixtures/queue-caller-child.ts');
const TSX_LOADER = pathToFileURL(
  join(import.meta.dirname, '../../../../node_modules/tsx/dist/loader.mjs'),
).href;

function runDesk(file: string, desk: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '--import',
      TSX_LOADER,
      CHILD,
      file,
      String(desk),
      '2026-11-27T02:05:00Z',
    ]);
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output.split('\n').filter(Boolean)) : reject(new Error(errors)),
    );
  });
}

const at = (iso: string) => testContext(db(), fixedClock(iso));
const ctx = () => at('2026-11-27T02:00:00Z');
const issue = (overrides: Partial<Parameters<typeof issueTicket>[1]> = {}, c = ctx()) =>
  issueTicket(c, {
    lineCode: 'thuong_xuyen',
    fullName: null,
    idNumber: null,
    headcount: 1,
    priorityReason: null,
    ...overrides,
  });

describe('tickets', () => {
  it('numbers per line and restarts each day', async () => {
    const a = await issue();
    const b = await issue();
    await createSession(ctx(), {
      kind: 'dinh_ky',
      heldOn: '2026-11-27',
      presidedBy: 'Chủ tịch UBND',
      title: null,
    });
    const head = await issue({ lineCode: 'thu_truong' });
    const tomorrow = await issue({}, at('2026-11-28T01:00:00Z'));
    expect([a.code, b.code, head.code, tomorrow.code]).toEqual(['A001', 'A002', 'B001', 'A001']);
    expect([b.waitingAhead, tomorrow.serviceDay]).toEqual([1, '2026-11-28']);
  });

  it('refuses the head’s line when no session is held today', async () => {
    await expect(issue({ lineCode: 'thu_truong' })).rejects.toThrow(
      'Thủ trưởng tiếp chỉ cấp số khi hôm nay có kỳ tiếp của thủ trưởng; hãy tạo kỳ tiếp trước.',
    );
  });

  it('keeps a group delegation as one ticket with its headcount', async () => {
    const group = await issue({ headcount: 15, fullName: 'Đoàn xã Phú Hữu' });
    expect([group.headcount, group.code]).toEqual([15, 'A001']);
  });
});

describe('calling', () => {
  it('calls priority tickets first, then in arrival order', async () => {
    const clock = fixedClock(
      '2026-11-27T02:00:00Z',
      '2026-11-27T02:01:00Z',
      '2026-11-27T02:02:00Z',
      '2026-11-27T02:03:00Z',
    );
    const c = at('2026-11-27T02:00:00Z');
    c.clock = clock;
    await issue({}, c);
    await issue({}, c);
    await issue({ priorityReason: 'nguoi_cao_tuoi' }, c);
    const order = [];
    for (let i = 0; i < 4; i += 1) order.push((await callNext(ctx(), 1))?.code ?? null);
    expect(order).toEqual(['A003', 'A001', 'A002', null]);
  });

  it('announces a call without personal data', async () => {
    const events = createEventBus();
    const heard: unknown[] = [];
    events.subscribe((name, payload) => name === 'queue:called' && heard.push(payload));
    await issue({ fullName: 'Nguyễn Văn Tố Cáo', idNumber: '001085012345' });
    await callNext({ ...ctx(), events }, 2);
    expect(heard).toEqual([
      {
        code: 'A001',
        number: 1,
        deskNumber: 2,
        deskLabel: 'Bàn số 2',
        isHeadRoom: false,
        sentence: 'Mời công dân số 1 đến bàn số 2',
        clips: ['moi-cong-dan-so', 'mot', 'den-ban-so', 'hai'],
        calledAt: '2026-11-27T09:00:00+07:00',
      },
    ]);
    expect(JSON.stringify(await displayState(db(), '2026-11-27'))).not.toContain('Nguyễn');
  });

  it('gives one ticket to only one of two desks calling at the same moment', async () => {
    await issue();
    const [one, two] = await Promise.all([callNext(ctx(), 1), callNext(ctx(), 2)]);
    expect([one, two].filter((ticket) => ticket !== null)).toHaveLength(1);
  });

  it('gives each ticket to exactly one of two desk processes racing on the same file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-queue-')), 'queue.db');
    const setup = createDb(file);
    await migrateToLatest(setup);
    const c = testContext(setup, fixedClock('2026-11-27T02:00:00Z'));
    for (let i = 0; i < 40; i += 1) {
      await issueTicket(c, {
        lineCode: 'thuong_xuyen',
        fullName: null,
        idNumber: null,
        headcount: 1,
        priorityReason: null,
      });
    }
    await setup.destroy();
    const [one, two] = await Promise.all([runDesk(file, 1), runDesk(file, 2)]);
    const all = [...one, ...two];
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
  });

  it('keeps a call across a restart: the ticket stays called at its desk and is not called again', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-queue-')), 'restart.db');
    const before = createDb(file);
    await migrateToLatest(before);
    const c = testContext(before, fixedClock('2026-11-27T02:00:00Z'));
    await issueTicket(c, {
      lineCode: 'thuong_xuyen',
      fullName: null,
      idNumber: null,
      headcount: 1,
      priorityReason: null,
    });
    await issueTicket(c, {
      lineCode: 'thuong_xuyen',
      fullName: null,
      idNumber: null,
      headcount: 1,
      priorityReason: null,
    });
    const called = await callNext(c, 1);
    await before.destroy();

    const after = createDb(file);
    const again = await getTicket(after, called!.id);
    expect([again.status, again.deskNumber]).toEqual(['called', 1]);
    const next = await callNext(testContext(after, fixedClock('2026-11-27T02:05:00Z')), 2);
    expect(next?.code).toBe('A002');
    await after.destroy();
  });
});

describe('desk actions', () => {
  it('recalls, marks no-show and transfers keeping the place in line', async () => {
    const a = await issue();
    await issue();
    const called = await callNext(ctx(), 1);
    expect((await recall(ctx(), called!.id)).callCount).toBe(2);
    const moved = await transfer(ctx(), a.id, null, 3);
    expect([moved.status, moved.targetDesk]).toEqual(['waiting', 3]);
    expect((await callNext(ctx(), 2))?.code).toBe('A002');
    expect((await callNext(ctx(), 3))?.code).toBe('A001');
    expect((await markNoShow(ctx(), a.id)).status).toBe('no_show');
    await expect(recall(ctx(), a.id)).rejects.toThrow('Chỉ gọi lại được số đang được gọi.');
  });

  it('links the saved visit to the ticket and measures waiting and service times', async () => {
    const ticket = await issue({ fullName: 'Lê Văn Tám' });
    await callNext(at('2026-11-27T02:12:00Z'), 1);
    await startService(at('2026-11-27T02:13:00Z'), ticket.id);
    const visit = await createVisit(at('2026-11-27T02:25:00Z'), visitInput({ ticketId: ticket.id }));
    const done = await getTicket(db(), ticket.id);
    expect([done.status, done.visitId]).toEqual(['done', visit.id]);
    const figures = await queueFigures(db(), '2026-11-27');
    expect(figures.total).toMatchObject({
      served: 1,
      noShows: 0,
      stillWaiting: 0,
      waitMedianMinutes: 12,
      serviceMedianMinutes: 12,
    });
    expect(figures.byDesk.map((d) => [d.label, d.served])).toEqual([['Bàn số 1', 1]]);
  });
});
