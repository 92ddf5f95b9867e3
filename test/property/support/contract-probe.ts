/**
 * Drives contract calls with generated payloads and checks each answer: shared by the signed-out and the
 * signed-in suites. Every entry of `contract` is covered, so a new call is probed without editing tests.
 */
import fc from 'fast-check';
import { contract } from '../../../shared/contract';
import { blindPayload, toJsonText } from './hostile-values';
import type { PropertyHost } from './property-host';
import { errorCodeOf, prototypePollution, replyProblems } from './reply-check';
import { nearValidPayload } from './schema-arbitrary';
import type { RawReply } from './wire';

/** Every call of the contract, read at run time. */
export const CALL_NAMES: string[] = Object.keys(contract);

/** The output schema of a call name, null when the name is not in the contract. */
function outputOf(name: string) {
  return Object.prototype.hasOwnProperty.call(contract, name)
    ? contract[name as keyof typeof contract].output
    : null;
}

/** Mostly schema-shaped payloads with one field changed, some made without looking at the schema. */
export function payloadFor(name: string): fc.Arbitrary<unknown> {
  const spec = contract[name as keyof typeof contract];
  return fc.oneof(
    { weight: 3, arbitrary: nearValidPayload(spec.input) },
    { weight: 1, arbitrary: blindPayload },
  );
}

/** A payload as a request body; `undefined` (a deleted root) becomes an empty body. */
export function bodyOf(payload: unknown): string {
  return payload === undefined ? '' : toJsonText(payload);
}

/** Everything wrong after one reply: its shape, errors the registry logged, a polluted prototype. */
export function problemsAfter(host: PropertyHost, name: string, reply: RawReply): string[] {
  return [
    ...replyProblems(reply, outputOf(name)),
    ...host.takeLoggedErrors().map((line) => `registry logged ${line}`),
    ...prototypePollution().map((key) => `Object.prototype gained "${key}"`),
  ];
}

const outcomes = new Map<string, number>();

/** Outcome counts per call ("visits:create → INVALID_INPUT: 31"), printed when PROPERTY_STATS is set. */
export function printOutcomes(suite: string): void {
  if (!process.env.PROPERTY_STATS) return;
  const lines = [...outcomes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => `  ${key}: ${count}`);
  console.info(`[property] ${suite} outcomes:\n${lines.join('\n')}`);
  outcomes.clear();
}

/** Sends one payload to one call and throws (for fast-check to report) when the answer is wrong. */
export async function probe(host: PropertyHost, name: string, payload: unknown): Promise<void> {
  const reply = await host.call(name, bodyOf(payload));
  const outcome = `${name} → ${reply.status} ${errorCodeOf(reply) ?? 'ok'}`;
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  const problems = problemsAfter(host, name, reply);
  if (problems.length > 0) throw new Error(`${name}: ${problems.join('; ').slice(0, 2000)}`);
}

/** Throws unless the host still answers `app:info` with a valid value. */
export async function expectAlive(host: PropertyHost): Promise<void> {
  const reply = await host.call('app:info', '');
  const problems = problemsAfter(host, 'app:info', reply);
  if (problems.length === 0 && (JSON.parse(reply.text) as { ok?: boolean }).ok === true) return;
  throw new Error(`app:info no longer answers: ${reply.status} ${reply.text} ${problems.join('; ')}`);
}

/** Fast-check settings of one call's run: bounded in count and in time, so the suite stays short. */
export interface RunBudget {
  numRuns: number;
  /** Stops generating new cases after this long (the cases already run still count). */
  timeLimitMs: number;
}

/** Runs one call's property with the global fast-check configuration (the suite's seed). */
export async function assertCall(host: PropertyHost, name: string, budget: RunBudget): Promise<void> {
  await fc.assert(
    fc.asyncProperty(payloadFor(name), (payload) => probe(host, name, payload)),
    { numRuns: budget.numRuns, interruptAfterTimeLimit: budget.timeLimitMs, markInterruptAsFailure: false },
  );
}

/** One property over every call at once, with its own seed. */
export async function assertAllCalls(host: PropertyHost, seed: number, budget: RunBudget): Promise<void> {
  const cases = fc
    .constantFrom(...CALL_NAMES)
    .chain((name) => payloadFor(name).map((payload) => ({ name, payload })));
  await fc.assert(
    fc.asyncProperty(cases, ({ name, payload }) => probe(host, name, payload)),
    {
      seed,
      numRuns: budget.numRuns,
      interruptAfterTimeLimit: budget.timeLimitMs,
      markInterruptAsFailure: false,
    },
  );
}
