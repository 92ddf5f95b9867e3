/**
 * Figure 3: a register page of 100 rows with two filters, through listVisits (rows and total count):
 * a month plus a classification, and a reception kind plus a subject.
 */
import { listVisits } from '../../../electron/main/services/visits/visit-queries';
import { VisitListInput } from '../../../shared/contract/visits';
import { CLASSIFICATIONS, RECEPTION_KINDS } from '../../../shared/domain/classification';
import { SUBJECT_CODES } from '../../../shared/domain/subjects';
import type { BenchContext } from '../bench-context';
import { formatMs, repeat, type Stats } from '../measure';
import { latencyFigure } from '../report';
import type { Measured } from './measured';

/** Months of the generated register: 01/2021 … 10/2026. */
function randomMonth(bench: BenchContext): { from: string; to: string } {
  const index = bench.rng.int(0, 5 * 12 + 9);
  const year = 2021 + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const prefix = `${year}-${String(month).padStart(2, '0')}`;
  return { from: `${prefix}-01`, to: `${prefix}-${last}` };
}

/** p95 per value of the filter that varies most (kind), to show which combination is slow. */
function printByKey(stats: Stats, keys: string[], warmup: number): void {
  const byKey = new Map<string, number[]>();
  stats.samples.forEach((ms, index) => {
    const key = keys[warmup + index] ?? '';
    byKey.set(key, [...(byKey.get(key) ?? []), ms]);
  });
  const parts = [...byKey].map(([key, samples]) => {
    const sorted = samples.sort((a, b) => a - b);
    return `${key} max ${formatMs(sorted[sorted.length - 1] ?? Number.NaN)} ms (n=${sorted.length})`;
  });
  console.log(`    by kind: ${parts.join(', ')}`);
}

async function monthAndClassification(bench: BenchContext): Promise<Measured> {
  const total = bench.repeat.warmup + bench.repeat.iterations;
  const inputs = Array.from({ length: total }, () =>
    VisitListInput.parse({
      ...randomMonth(bench),
      classification: bench.rng.pick(CLASSIFICATIONS),
      limit: 100,
    }),
  );
  const stats = await repeat((i) => listVisits(bench.db, inputs[i]!), bench.memory, bench.repeat);
  return {
    figure: latencyFigure('register: month + classification, 100 rows', stats, 30),
    stats,
    probe: (db) => listVisits(db, inputs[0]!),
  };
}

async function kindAndSubject(bench: BenchContext): Promise<Measured> {
  const total = bench.repeat.warmup + bench.repeat.iterations;
  const inputs = Array.from({ length: total }, () =>
    VisitListInput.parse({
      receptionKind: bench.rng.pick(RECEPTION_KINDS),
      subject: bench.rng.pick(SUBJECT_CODES),
      limit: 100,
    }),
  );
  const stats = await repeat((i) => listVisits(bench.db, inputs[i]!), bench.memory, bench.repeat);
  printByKey(
    stats,
    inputs.map((input) => input.receptionKind ?? ''),
    bench.repeat.warmup,
  );
  const probeInput = VisitListInput.parse({ receptionKind: 'thuong_xuyen', subject: 'dat_dai', limit: 100 });
  return {
    figure: latencyFigure('register: kind + subject, 100 rows', stats, 30),
    stats,
    probe: (db) => listVisits(db, probeInput),
  };
}

export async function benchRegister(bench: BenchContext): Promise<Measured[]> {
  return [await monthAndClassification(bench), await kindAndSubject(bench)];
}
