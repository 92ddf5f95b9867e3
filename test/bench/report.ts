/**
 * The bench's final table: each figure, what was measured, its target and PASS/FAIL (INFO for figures
 * without a target, SKIP for those that could not be measured).
 */
import { formatMs, type Stats } from './measure';

export type Status = 'PASS' | 'FAIL' | 'INFO' | 'SKIP';

export interface Figure {
  name: string;
  measured: string;
  target: string;
  status: Status;
}

/** A latency figure judged on its p95 (null target = informational). */
export function latencyFigure(name: string, stats: Stats, targetP95Ms: number | null): Figure {
  const measured = `p50 ${formatMs(stats.p50)} / p95 ${formatMs(stats.p95)} / max ${formatMs(stats.max)} ms (n=${stats.count})`;
  if (targetP95Ms === null) return { name, measured, target: '—', status: 'INFO' };
  return {
    name,
    measured,
    target: `p95 < ${targetP95Ms} ms`,
    status: stats.p95 < targetP95Ms ? 'PASS' : 'FAIL',
  };
}

/** A single value against an upper bound. */
export function boundFigure(name: string, value: number, unit: string, bound: number | null): Figure {
  const measured = `${value < 100 ? value.toFixed(1) : value.toFixed(0)} ${unit}`;
  if (bound === null) return { name, measured, target: '—', status: 'INFO' };
  return { name, measured, target: `< ${bound} ${unit}`, status: value < bound ? 'PASS' : 'FAIL' };
}

export function skippedFigure(name: string, reason: string, target: string): Figure {
  return { name, measured: reason, target, status: 'SKIP' };
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/** Prints the table; returns whether every judged figure passed. */
export function printSummary(figures: readonly Figure[]): boolean {
  const header: Figure = { name: 'Figure', measured: 'Measured', target: 'Target', status: 'INFO' };
  const rows = [header, ...figures];
  const widths = {
    name: Math.max(...rows.map((row) => [...row.name].length)),
    measured: Math.max(...rows.map((row) => [...row.measured].length)),
    target: Math.max(...rows.map((row) => [...row.target].length)),
  };
  const line = (row: Figure, status: string) =>
    `${pad(row.name, widths.name)}  ${pad(row.measured, widths.measured)}  ${pad(row.target, widths.target)}  ${status}`;
  console.log('\nSummary');
  console.log(line(header, 'Result'));
  console.log('-'.repeat(widths.name + widths.measured + widths.target + 14));
  for (const figure of figures) console.log(line(figure, figure.status));
  return figures.every((figure) => figure.status !== 'FAIL');
}
