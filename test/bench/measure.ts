/**
 * Timing and memory helpers for the bench: repeated calls with warm-up excluded, percentiles, and the
 * process's resident memory sampled between calls.
 */
import { performance } from 'node:perf_hooks';

export interface Stats {
  count: number;
  p50: number;
  p95: number;
  max: number;
  /** Per-iteration durations in milliseconds, in call order. */
  samples: number[];
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export function summarize(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: samples.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    samples,
  };
}

/** Resident set size of this process, sampled by the bench between calls. */
export class MemoryWatch {
  private maxBytes = 0;
  private phaseMaxBytes = 0;
  private timer: NodeJS.Timeout | null = null;

  /** Samples every 50 ms as well (inside long calls that yield to the event loop, such as an import). */
  startSampling(): void {
    this.timer ??= setInterval(() => this.sample(), 50);
  }

  stopSampling(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  sample(): number {
    const rss = process.memoryUsage.rss();
    if (rss > this.maxBytes) this.maxBytes = rss;
    if (rss > this.phaseMaxBytes) this.phaseMaxBytes = rss;
    return rss;
  }

  /** Prints the RSS after a phase and the highest seen during it. */
  report(phase: string): void {
    const now = toMb(this.sample()).toFixed(0);
    console.log(
      `  RSS after ${phase}: ${now} MB (max during the phase ${toMb(this.phaseMaxBytes).toFixed(0)} MB)`,
    );
    this.phaseMaxBytes = 0;
  }

  get maxMb(): number {
    return toMb(this.maxBytes);
  }
}

export function toMb(bytes: number): number {
  return bytes / 1024 / 1024;
}

export interface RepeatOptions {
  iterations: number;
  warmup: number;
  /** Stop early (after at least `minIterations`) when this much time has gone by. */
  maxSeconds: number;
  minIterations: number;
}

export const DEFAULT_REPEAT: RepeatOptions = {
  iterations: 200,
  warmup: 15,
  maxSeconds: 60,
  minIterations: 30,
};

/** Runs `call(i)` warm-up + measured times; returns the measured durations. */
export async function repeat(
  call: (iteration: number) => Promise<unknown>,
  memory: MemoryWatch,
  options: RepeatOptions = DEFAULT_REPEAT,
): Promise<Stats> {
  for (let i = 0; i < options.warmup; i++) await call(i);
  const samples: number[] = [];
  const deadline = performance.now() + options.maxSeconds * 1000;
  for (let i = 0; i < options.iterations; i++) {
    const started = performance.now();
    await call(options.warmup + i);
    samples.push(performance.now() - started);
    memory.sample();
    if (samples.length >= options.minIterations && performance.now() > deadline) break;
  }
  return summarize(samples);
}

/** Times one call, in milliseconds. */
export async function timeOnce<T>(call: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await call();
  return { ms: performance.now() - started, result };
}

/** "12.3" for milliseconds; one decimal under 100, none above. */
export function formatMs(ms: number): string {
  if (Number.isNaN(ms)) return '—';
  return ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

/** A one-line p50/p95/max description. */
export function describeStats(label: string, stats: Stats): string {
  return `  ${label}: p50 ${formatMs(stats.p50)} ms, p95 ${formatMs(stats.p95)} ms, max ${formatMs(stats.max)} ms (${stats.count} calls)`;
}
