import { describe, expect, it } from 'vitest';
import { feedKey, flushIdle, IDLE, type BurstState, type BurstStep } from './scanner-burst';

/** Feeds keys with the given gaps (ms) and returns each step's kind (plus the payload when complete). */
function run(keys: string[], gaps: number | number[], start = 1000) {
  let state: BurstState = IDLE;
  let at = start;
  const steps: string[] = [];
  keys.forEach((key, index) => {
    at += typeof gaps === 'number' ? gaps : (gaps[index] ?? 0);
    const result = feedKey(state, key, at);
    state = result.state;
    steps.push(describe1(result.step));
  });
  return { steps, state, at };
}

function describe1(step: BurstStep): string {
  if (step.kind === 'pass') return step.startsRun ? 'pass*' : 'pass';
  if (step.kind === 'complete') return `complete:${step.payload}`;
  return step.kind;
}

const PAYLOAD = '093185001234|363456789|Nguyen Van A|07031985|Nam|Ap 3|10082021';

describe('scanner burst state machine', () => {
  it('a fast run with a pipe is captured at the pipe and completed by Enter', () => {
    const { steps } = run([...PAYLOAD, 'Enter'], 8);
    expect(steps.slice(0, 12)).toEqual(['pass*', ...Array<string>(11).fill('pass')]);
    expect(steps[12]).toBe('capture');
    expect(steps.slice(13, -1).every((s) => s === 'swallow')).toBe(true);
    expect(steps.at(-1)).toBe(`complete:${PAYLOAD}`);
  });

  it('Shift presses between capitals neither break nor enter the burst', () => {
    const keys = [...'093185001234|', 'Shift', 'N', 'g', 'Enter'];
    const { steps } = run(keys, 5);
    expect(steps).toEqual([
      'pass*',
      ...Array<string>(11).fill('pass'),
      'capture',
      'ignore',
      'swallow',
      'swallow',
      'complete:093185001234|Ng',
    ]);
  });

  it('human typing (gaps of 120 ms) is never captured, even with a pipe, and Enter passes', () => {
    const { steps } = run([...'12345678|9', 'Enter'], 120);
    expect(steps).toEqual([...Array<string>(10).fill('pass*'), 'pass']);
  });

  it('a fast run without a pipe (autorepeat, a pasted-like burst) stays typing', () => {
    const { steps } = run([...'aaaaaaaaaaaa', 'Enter'], 10);
    expect(steps).toEqual(['pass*', ...Array<string>(11).fill('pass'), 'pass']);
  });

  it('a pipe before minLength characters is not yet a scan', () => {
    const { steps } = run([...'12|4567', '8'], 10);
    expect(steps).toEqual(['pass*', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'capture']);
  });

  it('one slow gap inside the run starts a new run', () => {
    const gaps = [0, 10, 10, 10, 200, 10, 10, 10, 10, 10, 10, 10];
    const { steps } = run([...'0931|5001234|'], gaps);
    // The new run starts at the pipe and reaches eight characters at the second 4.
    expect(steps).toEqual([
      'pass*',
      ...Array<string>(3).fill('pass'),
      'pass*',
      ...Array<string>(6).fill('pass'),
      'capture',
      'swallow',
    ]);
  });

  it('Tab or Backspace while typing ends the run', () => {
    const { steps, state } = run(['1', '2', 'Tab', '3'], 10);
    expect(steps).toEqual(['pass*', 'pass', 'pass', 'pass*']);
    expect(state).toEqual({ text: '3', lastAt: 1040, isCapturing: false });
  });

  it('a scan without Enter completes after the idle gap, not before', () => {
    const { state, at } = run([...'093185001234|A|B'], 6);
    expect(flushIdle(state, at + 149).payload).toBeNull();
    expect(flushIdle(state, at + 150)).toEqual({ state: IDLE, payload: '093185001234|A|B' });
  });

  it('an idle flush of plain typing gives no payload', () => {
    const { state, at } = run([...'abc'], 10);
    expect(flushIdle(state, at + 500)).toEqual({ state: IDLE, payload: null });
  });

  it('Enter after a long pause ends nothing that was captured (already flushed) and passes', () => {
    const captured = run([...'093185001234|A'], 5);
    const after = feedKey(captured.state, 'Enter', captured.at + 1000);
    expect(after).toEqual({ state: IDLE, step: { kind: 'pass', startsRun: false } });
  });
});
