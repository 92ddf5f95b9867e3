/**
 * Seeded randomness for the bench data set: the same seed gives the same data on every machine, and each
 * entity (person, case, visit) draws from its own stream, so adding a field to one kind of row does not
 * shift the values of every other row.
 */

/** Murmur3's finaliser over several 32-bit parts: a well-mixed seed from (seed, stream, index). */
export function mixSeed(...parts: number[]): number {
  let hash = 0x9e3779b9;
  for (const part of parts) {
    let k = Math.imul(part | 0, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    hash = Math.imul(((hash ^ k) << 13) | ((hash ^ k) >>> 19), 5) + 0xe6546b64;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** mulberry32: small, fast and good enough for test data (not for anything secret). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A fixed-width string of decimal digits. */
  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += String(Math.floor(this.next() * 10));
    return text;
  }
}

/** Stream numbers keep the entity kinds apart. */
export const STREAM = {
  plan: 1,
  person: 2,
  case: 3,
  visit: 4,
  session: 5,
  slots: 6,
  bench: 7,
  importCsv: 8,
} as const;

/** The generator of one entity: independent of the order entities are produced in. */
export function rngFor(seed: number, stream: number, index: number): Rng {
  return new Rng(mixSeed(seed, stream, index));
}

/** Draws from a fixed list with weights (cumulative table and binary search). */
export class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.values = entries.map(([value]) => value);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], index) => {
      sum += weight;
      this.cumulative[index] = sum;
    });
  }

  pick(rng: Rng): T {
    const target = rng.next() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.cumulative[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    return this.values[low] as T;
  }
}

/** Weights by rank, 1 / (rank + offset)^s: the skew of real name and frequency lists. */
export function zipf<T>(values: readonly T[], s = 1, offset = 1): Weighted<T> {
  return new Weighted(values.map((value, rank) => [value, 1 / Math.pow(rank + offset, s)] as const));
}

/** Words of a space-separated list. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word !== '');
}
