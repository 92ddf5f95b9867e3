import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisitListInput } from '../../../shared/contract/visits';
import { call } from '../api/api';
import { savedVisit } from '../test/fake-api';
import { loadPeriod } from './use-register-rows';

vi.mock('../api/api', async (importOriginal) => ({ ...(await importOriginal<object>()), call: vi.fn() }));
const callMock = vi.mocked(call);

/** A register of `count` visits, newest first, answered in pages as main does. */
function register(count: number) {
  const all = Array.from({ length: count }, (_, i) => savedVisit({ id: count - i }));
  const inputs: Partial<VisitListInput>[] = [];
  callMock.mockImplementation(((_name: string, input: Partial<VisitListInput>) => {
    inputs.push(input);
    const start = input.beforeId ? all.findIndex((visit) => visit.id === input.beforeId) + 1 : 0;
    return Promise.resolve({ items: all.slice(start, start + (input.limit ?? 100)), total: count });
  }) as typeof call);
  return inputs;
}

describe('loadPeriod', () => {
  beforeEach(() => {
    callMock.mockReset();
  });

  it('pages through visits:list with beforeId until done and returns the oldest first', async () => {
    const inputs = register(1_203);
    const rows = await loadPeriod('2026-01-01', '2026-03-31');
    expect(rows).toHaveLength(1_203);
    expect(rows[0]?.id).toBe(1);
    expect(rows.at(-1)?.id).toBe(1_203);
    expect(inputs.map((input) => input.beforeId)).toEqual([null, 704, 204]);
    expect(inputs.every((input) => input.from === '2026-01-01' && input.to === '2026-03-31')).toBe(true);
  });

  it('stops after one page when the period is short', async () => {
    const inputs = register(3);
    expect((await loadPeriod('2026-03-01', '2026-03-31')).map((row) => row.id)).toEqual([1, 2, 3]);
    expect(inputs).toHaveLength(1);
  });
});
