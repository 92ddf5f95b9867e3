/**
 * Queue figures of the waiting-queue issue: call-next latency with 500 waiting tickets and 20 desks, and
 * the time from a call to the moment a connected /display page (Chromium, browser fallback) receives it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config';
import { createAppCore } from '../../../electron/main/app-core';
import { startHttpHost } from '../../../electron/main/host/http-host';
import { openDatabase } from '../../../electron/main/open-database';
import { callNext } from '../../../electron/main/services/queue/desk-actions';
import { issueTicket } from '../../../electron/main/services/queue/issue-ticket';
import type { ServiceContext } from '../../../electron/main/services/context';
import { summarize } from '../measure';
import { latencyFigure, type Figure } from '../report';

/** The page's globals used inside page.evaluate (the node project has no DOM types). */
interface PageGlobals {
  __calls: number[];
  localStorage: { getItem(key: string): string | null };
  EventSource: new (url: string) => { addEventListener(name: string, listener: () => void): void };
}

const DESKS = 20;
const WAITING = 500;
const CALLS = 300;

const ticket = (ctx: ServiceContext, index: number) =>
  issueTicket(ctx, {
    lineCode: 'thuong_xuyen',
    fullName: null,
    idNumber: null,
    headcount: 1,
    priorityReason: index % 10 === 0 ? 'nguoi_cao_tuoi' : null,
  });

async function callNextFigure(ctx: ServiceContext, desks: number[]): Promise<Figure> {
  for (let i = 0; i < WAITING; i += 1) await ticket(ctx, i);
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i += 1) {
    const started = performance.now();
    await callNext(ctx, desks[i % desks.length]!);
    samples.push(performance.now() - started);
    await ticket(ctx, i);
  }
  return latencyFigure(
    `queue: call-next, ${WAITING} waiting, ${DESKS} desks`,
    summarize(samples.slice(20)),
    10,
  );
}

/** Runs both queue figures on a fresh data folder with its own loopback host. */
export async function runQueueBench(staticDir: string): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-queue-'));
  const opened = await openDatabase(dataDir);
  await opened.db
    .insertInto('queue_desks')
    .values(Array.from({ length: DESKS - 3 }, (_, i) => ({ number: 10 + i, label: `Bàn số ${10 + i}` })))
    .execute();
  await opened.db.updateTable('queue_desks').set({ is_head_room: 0 }).where('number', '=', 9).execute();
  const core = createAppCore(opened.db, () => {});
  const ctx: ServiceContext = {
    db: opened.db,
    clock: () => new Date(),
    events: core.events,
    actor: { userId: null, displayName: 'Bench' },
  };
  const desks = (await opened.db.selectFrom('queue_desks').select('number').execute()).map((d) => d.number);
  const figures = [await callNextFigure(ctx, desks)];
  const host = await startHttpHost({
    registry: core.registry,
    events: core.events,
    staticDir,
    port: 0,
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${host.url}display?token=${host.token}`);
    await page.getByRole('main', { name: 'Màn hình phòng chờ' }).waitFor();
    await page.evaluate(() => {
      // Runs in the page: a listener like the display's own, recording when each call arrives.
      const page = globalThis as unknown as PageGlobals;
      page.__calls = [];
      const source = new page.EventSource(
        `/api/events?token=${page.localStorage.getItem('tiepdan.token') ?? ''}`,
      );
      source.addEventListener('queue:called', () => page.__calls.push(Date.now()));
    });
    await page.waitForTimeout(300);
    const samples: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      const sentAt = Date.now();
      await callNext(ctx, desks[i % desks.length]!);
      await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).__calls.length > n, i);
      const receivedAt = await page.evaluate(
        (n) => (globalThis as unknown as PageGlobals).__calls[n] ?? 0,
        i,
      );
      samples.push(receivedAt - sentAt);
    }
    figures.push(
      latencyFigure('queue: call → display page event (SSE, Chromium)', summarize(samples.slice(5)), 300),
    );
  } finally {
    await browser.close();
    await host.close();
    await opened.db.destroy();
  }
  return figures;
}
