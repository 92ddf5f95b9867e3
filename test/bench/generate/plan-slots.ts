/**
 * Counts that shape the data set: how often each case is visited (1–8 times, Zipf-like, summing exactly to
 * the wanted number of visits) and which person each attendance is (new citizens until the wanted number
 * of persons is reached, otherwise someone already on file).
 */
import type { Rng } from './prng';

const MAX_VISITS_PER_CASE = 8;

/**
 * Zipf weights k^-s over 1..8; s = 0.75 gives a mean of ≈ 3.33 visits per case (1M visits / 300k cases).
 * The draw is then nudged one visit at a time until the total is exact.
 */
export function drawVisitCounts(rng: Rng, cases: number, visits: number, s = 0.75): Uint8Array {
  const weights = Array.from({ length: MAX_VISITS_PER_CASE }, (_, k) => Math.pow(k + 1, -s));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const counts = new Uint8Array(cases);
  let sum = 0;
  for (let c = 0; c < cases; c++) {
    let target = rng.next() * total;
    let k = 0;
    while (k < MAX_VISITS_PER_CASE - 1 && target >= (weights[k] ?? 0)) target -= weights[k++] ?? 0;
    counts[c] = k + 1;
    sum += k + 1;
  }
  while (sum !== visits) {
    const c = Math.floor(rng.next() * cases);
    const count = counts[c] ?? 1;
    if (sum < visits && count < MAX_VISITS_PER_CASE) {
      counts[c] = count + 1;
      sum++;
    } else if (sum > visits && count > 1) {
      counts[c] = count - 1;
      sum--;
    }
  }
  return counts;
}

/**
 * Selection sampling over the requests: request k is a new person with probability
 * (persons left) / (requests left), so exactly min(persons, requests) persons are used; the others are
 * returning citizens, with a skew towards those already on file longest (the persistent petitioners).
 */
export function resolveSlots(
  rng: Rng,
  requests: number,
  persons: number,
): { slotOf: Int32Array; slots: number } {
  const slotOf = new Int32Array(requests);
  let allocated = 0;
  for (let k = 0; k < requests; k++) {
    const isNew = allocated === 0 || rng.next() < (persons - allocated) / (requests - k);
    if (isNew) slotOf[k] = allocated++;
    else slotOf[k] = Math.floor(allocated * Math.pow(rng.next(), 2));
  }
  return { slotOf, slots: allocated };
}
