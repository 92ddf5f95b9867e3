/**
 * Security item 7, sizes: a file past the 50 MB limit is refused from its size alone, quickly and
 * without reading it into memory; a small workbook that inflates to hundreds of megabytes must not take
 * the main process's memory either. Files are sparse, so the disk holds almost nothing.
 */
import type { Kysely } from 'kysely';
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../electron/main/db/schema';
import { parseRegisterFile } from '../../electron/main/services/register-import';
import { importRegisterFile } from '../../electron/main/services/register-import/import-register';
import { makeTempDir } from '../../electron/main/services/register-import/test-support';
import { createTestDb, fixedClock, testContext } from '../fixtures/test-db';
import {
  bombSheet,
  HEADER,
  isFileRefusal,
  resultProblems,
  tableCounts,
  workbookZip,
} from './support/hostile-files';

const NOW = new Date('2026-11-27T02:30:00Z');
const MB = 1024 * 1024;
let dir: string;
let db: Kysely<DB>;

beforeAll(async () => {
  dir = await makeTempDir();
  db = await createTestDb();
});
afterAll(async () => {
  await db.destroy();
  await rm(dir, { recursive: true, force: true });
});

/** A sparse file of `bytes` bytes that starts with a register header. */
function sparseFile(name: string, bytes: number, head = `${HEADER.join(',')}\n`): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  return path;
}

/** Runs `work`, returning its result, wall time, and how far resident memory rose above the start. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; rssGrowthMb: number }> {
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - started;
    const peakAfter = process.resourceUsage().maxRSS * 1024;
    // A new lifetime peak is this work's, even if the sampler missed it (synchronous inflating).
    if (peakAfter > peakBefore) peak = Math.max(peak, peakAfter);
    return { value, ms, rssGrowthMb: (peak - rssBefore) / MB };
  } finally {
    clearInterval(sampler);
  }
}

async function expectRefusedCheaply(path: string): Promise<void> {
  const { value, ms, rssGrowthMb } = await measured(() => parseRegisterFile(path, { now: NOW }));
  expect(resultProblems(value)).toEqual([]);
  expect(isFileRefusal(value)).toBe(true);
  expect.soft(ms, `took ${Math.round(ms)} ms`).toBeLessThan(5_000);
  expect.soft(rssGrowthMb, `resident memory rose by ${Math.round(rssGrowthMb)} MB`).toBeLessThan(200);
  // The import parses the file again: not worth a second slow run when the first already failed.
  if (ms >= 5_000) return;
  const before = await tableCounts(db);
  await importRegisterFile(testContext(db, fixedClock(NOW.toISOString())), path, { dryRun: false });
  expect(await tableCounts(db)).toEqual(before);
}

describe('file size limits', () => {
  it.each(['so-lon.csv', 'so-lon.xlsx'])(
    'a 100 MB %s is refused in under 5 s and 200 MB of memory',
    async (name) => {
      const path = sparseFile(name, 100 * MB);
      await expectRefusedCheaply(path);
      const result = await parseRegisterFile(path, { now: NOW });
      expect(result.problems[0]?.message).toMatch(/vượt giới hạn 50 MB/);
    },
  );

  it('a 45 MB CSV of NUL bytes, under the limit, is refused in under 5 s and 200 MB of memory', async () => {
    await expectRefusedCheaply(sparseFile('so-rong.csv', 45 * MB));
  });

  it('a 300 KB workbook whose sheet inflates to 300 MB is refused in under 5 s and 200 MB of memory', async () => {
    const path = join(dir, 'bom-giai-nen.xlsx');
    await writeFile(path, workbookZip(await bombSheet(300)));
    await expectRefusedCheaply(path);
  }, 60_000);
});
