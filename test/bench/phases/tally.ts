/**
 * Tally figure: 6-month Biểu 01/TCD (TT 06/2025) with "cùng kỳ" over the whole register, through the engine,
 * against one hand-written SQL aggregate computing the same numbers for both periods (the ratio is printed,
 * and the numbers are checked equal). The full report set is measured too, for information.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../electron/main/db/schema';
import { defaultReceptionFigures } from '../../../electron/main/services/reports/reception-figures-source';
import { createTallyEngine } from '../../../electron/main/services/reports/tally-engine';
import { bieu01TcdTt06 } from '../../../shared/reports/definitions/bieu-01-tcd-tt06-2025';
import type { BenchContext } from '../bench-context';
import { formatMs, repeat, summarize, timeOnce } from '../measure';
import { boundFigure, latencyFigure } from '../report';
import type { Measured } from './measured';

const PERIOD = '2026-H1';
const RANGES = [
  { from: '2025-12-15', to: '2026-06-14' },
  { from: '2024-12-15', to: '2025-06-14' },
];
const TARGET_MS = 500;
const TARGET_RATIO = 3;
const HAND_COLUMNS = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '11',
  '12',
  '13',
  '14',
  '15',
  '17',
  '18',
  '19',
  '20',
  '21',
];

/** The 01/TCD columns computed by hand: one statement per period, visits and placed cases. */
async function handWritten(db: Kysely<DB>, range: { from: string; to: string }) {
  const result = await sql<Record<string, number>>`
    with v as (select case_id, reception_kind as k, headcount as h, headcount >= 5 as g from visits
      where received_on >= ${range.from} and received_on <= ${range.to} and refusal_reason is null),
    placed as (select max(case k when 'thuong_xuyen' then 0 when 'uy_quyen' then 1 else 2 end) as level
      from v group by case_id)
    select count(*) as "1", sum(h) as "2", (select count(*) from placed) as "3", sum(g) as "4",
      sum(k = 'thuong_xuyen') as "5", sum(iif(k = 'thuong_xuyen', h, 0)) as "6",
      (select count(*) from placed where level = 0) as "7",
      sum(k = 'thuong_xuyen' and g) as "8", sum(iif(k = 'thuong_xuyen' and g, h, 0)) as "9",
      sum(k in ('dinh_ky', 'dot_xuat')) as "11", sum(iif(k in ('dinh_ky', 'dot_xuat'), h, 0)) as "12",
      (select count(*) from placed where level = 2) as "13",
      sum(k in ('dinh_ky', 'dot_xuat') and g) as "14", sum(iif(k in ('dinh_ky', 'dot_xuat') and g, h, 0)) as "15",
      sum(k = 'uy_quyen') as "17", sum(iif(k = 'uy_quyen', h, 0)) as "18",
      (select count(*) from placed where level = 1) as "19",
      sum(k = 'uy_quyen' and g) as "20", sum(iif(k = 'uy_quyen' and g, h, 0)) as "21"
    from v`.execute(db);
  return result.rows[0]!;
}

function sameNumbers(engine: Record<string, number>, hand: Record<string, number>): boolean {
  return HAND_COLUMNS.every((column) => engine[column] === Number(hand[column] ?? 0));
}

export async function benchTally(bench: BenchContext): Promise<Measured[]> {
  const deps = {
    db: bench.db,
    clock: () => new Date(),
    appVersion: 'bench',
    receptionFigures: defaultReceptionFigures,
  };
  const form01 = createTallyEngine({ ...deps, definitions: [bieu01TcdTt06] });
  const request = { periodSpec: PERIOD, regime: 'tt06-2025' as const, compare: true };
  // Interleaved, so both see the same cache and the same machine load.
  const engineSamples: number[] = [];
  const handSamples: number[] = [];
  // CPU time says what the code costs whatever else the machine runs; wall time is what the officer waits.
  const engineCpu: number[] = [];
  const handCpu: number[] = [];
  const runs = 2 + 15;
  for (let i = 0; i < runs; i++) {
    const cpuBefore = process.cpuUsage();
    const engineRun = await timeOnce(() => form01.compute(request));
    const cpuEngine = process.cpuUsage(cpuBefore);
    const cpuMiddle = process.cpuUsage();
    const handRun = await timeOnce(() => Promise.all(RANGES.map((range) => handWritten(bench.db, range))));
    const cpuHand = process.cpuUsage(cpuMiddle);
    bench.memory.sample();
    if (i < 2) continue;
    engineSamples.push(engineRun.ms);
    handSamples.push(handRun.ms);
    engineCpu.push((cpuEngine.user + cpuEngine.system) / 1000);
    handCpu.push((cpuHand.user + cpuHand.system) / 1000);
  }
  const engineStats = summarize(engineSamples);
  const handStats = summarize(handSamples);
  const result = await form01.compute(request);
  const hand = await Promise.all(RANGES.map((range) => handWritten(bench.db, range)));
  const engineRows = [result.reports[0]!, result.compare!.reports[0]!].map((table) => table.rows[0]!.values);
  const isEqual = engineRows.every((values, index) => sameNumbers(values, hand[index]!));
  const ratio = engineStats.p50 / handStats.p50;
  const cpu = { engine: summarize(engineCpu).p50, hand: summarize(handCpu).p50 };
  console.log(
    `  CPU time p50: engine ${formatMs(cpu.engine)} ms, hand-written SQL ${formatMs(cpu.hand)} ms ` +
      `(ratio ${(cpu.engine / cpu.hand).toFixed(2)}×)`,
  );
  console.log(
    `  01/TCD ${PERIOD} with cùng kỳ: engine p50 ${formatMs(engineStats.p50)} ms, hand-written SQL p50 ` +
      `${formatMs(handStats.p50)} ms, ratio ${ratio.toFixed(2)}×; same numbers: ${isEqual ? 'yes' : 'NO'}` +
      ` (visits ${result.summary?.visits ?? 0} + ${result.compareSummary?.visits ?? 0})`,
  );
  const full = createTallyEngine(deps);
  const options = { ...bench.repeat, iterations: 10, warmup: 1, minIterations: 5, maxSeconds: 30 };
  const fullStats = await repeat(() => full.compute(request), bench.memory, options);
  return [
    {
      figure: latencyFigure('tally: 6-month 01/TCD with cùng kỳ', engineStats, TARGET_MS),
      stats: engineStats,
      probe: null,
    },
    {
      figure: boundFigure(
        `tally: ratio to hand-written SQL${isEqual ? '' : ' (NUMBERS DIFFER)'}`,
        ratio,
        '×',
        TARGET_RATIO,
      ),
      stats: null,
      probe: null,
    },
    {
      figure: latencyFigure('tally: full report set with cùng kỳ', fullStats, null),
      stats: fullStats,
      probe: null,
    },
  ];
}
