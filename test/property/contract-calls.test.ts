/**
 * Security item 6: every contract call, through the real HTTP host, answers random and hostile payloads
 * with a structured envelope, never a crash, a hang or an HTTP 5xx. Here nobody is signed in: non-public
 * calls must refuse before touching the input, public ones must cope with it.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { contract } from '../../shared/contract';
import { assertAllCalls, assertCall, CALL_NAMES, expectAlive, printOutcomes } from './support/contract-probe';
import { startPropertyHost, type PropertyHost } from './support/property-host';
import { FIXED_SEED, randomRunSeed } from './support/seeds';

let host: PropertyHost;

beforeAll(async () => {
  host = await startPropertyHost();
});
afterAll(() => host.close());

describe(`every call, signed out, seed ${FIXED_SEED}`, () => {
  beforeAll(() => fc.configureGlobal({ seed: FIXED_SEED }));
  afterAll(() => {
    fc.resetConfigureGlobal();
    printOutcomes('signed out, fixed seed');
  });

  it.each(CALL_NAMES)(
    '%s answers hostile payloads with an envelope',
    async (name) => {
      // Calls that need a session refuse before reading the input: a few runs show that much.
      const isPublic = contract[name as keyof typeof contract].access === 'public';
      await assertCall(host, name, { numRuns: isPublic ? 20 : 5, timeLimitMs: 10_000 });
      await expectAlive(host);
    },
    60_000,
  );
});

describe('every call, signed out, random seed', () => {
  it('answers hostile payloads with an envelope', async () => {
    await assertAllCalls(host, randomRunSeed('signed out'), { numRuns: 150, timeLimitMs: 15_000 });
    await expectAlive(host);
  }, 60_000);
});
