/**
 * Tells a keyboard-mode scanner from a person typing. A scanner "types" a whole code in a burst of
 * keystrokes a few milliseconds apart, ending in Enter; a person leaves far longer gaps. A run of fast
 * keys that reaches `minLength` characters and contains a `|` (the CCCD QR separator) is a card: from
 * then on its keys are swallowed and the field it started in is put back as it was.
 *
 * Pure: the caller feeds each key with its time stamp and acts on the step returned (see
 * use-scanner-burst.ts for the DOM side).
 */

export interface BurstOptions {
  /**
   * Longest gap between two keys of one burst. Scanners leave 2–20 ms; a fast typist ~100 ms, and no
   * one keeps under 80 ms for eight keys with a | among them.
   */
  maxGapMs: number;
  /** Characters a fast run needs before it counts as a card (a CCCD payload has 13 before its first |). */
  minLength: number;
  /** A burst that stops without Enter ends after this long without keys (some scanners send no Enter). */
  endGapMs: number;
}

export const DEFAULT_BURST_OPTIONS: BurstOptions = { maxGapMs: 80, minLength: 8, endGapMs: 150 };

export interface BurstState {
  /** The current run of fast keys (or the burst being captured). */
  text: string;
  /** Time stamp of the last key of the run; null before any. */
  lastAt: number | null;
  isCapturing: boolean;
}

export const IDLE: BurstState = { text: '', lastAt: null, isCapturing: false };

/**
 * - `pass`: a key for the page; `startsRun` means it begins a new run (the caller remembers the focused
 *   field's value then, to put it back if the run turns out to be a scan).
 * - `ignore`: a modifier (scanners press Shift for capitals); the run goes on.
 * - `capture`: the run was just recognised as a scan: put the field back, swallow this key.
 * - `swallow`: a key of the scan being captured.
 * - `complete`: Enter ended the scan; swallow it and read `payload`.
 */
export type BurstStep =
  | { kind: 'pass'; startsRun: boolean }
  | { kind: 'ignore' }
  | { kind: 'capture' }
  | { kind: 'swallow' }
  | { kind: 'complete'; payload: string };

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);

export interface BurstResult {
  state: BurstState;
  step: BurstStep;
}

/** One key (a KeyboardEvent `key`: one character, 'Enter', 'Tab'…) pressed at `at` milliseconds. */
export function feedKey(
  state: BurstState,
  key: string,
  at: number,
  options: BurstOptions = DEFAULT_BURST_OPTIONS,
): BurstResult {
  if (MODIFIERS.has(key)) return { state, step: { kind: 'ignore' } };
  const gap = state.lastAt === null ? Infinity : at - state.lastAt;
  if (state.isCapturing && gap <= options.endGapMs) {
    if (key === 'Enter') return { state: IDLE, step: { kind: 'complete', payload: state.text } };
    const text = key.length === 1 ? state.text + key : state.text;
    return { state: { text, lastAt: at, isCapturing: true }, step: { kind: 'swallow' } };
  }
  if (key.length !== 1) return { state: IDLE, step: { kind: 'pass', startsRun: false } };
  const isFast = state.text !== '' && !state.isCapturing && gap <= options.maxGapMs;
  const text = isFast ? state.text + key : key;
  if (text.length >= options.minLength && text.includes('|')) {
    return { state: { text, lastAt: at, isCapturing: true }, step: { kind: 'capture' } };
  }
  return { state: { text, lastAt: at, isCapturing: false }, step: { kind: 'pass', startsRun: !isFast } };
}

/**
 * Called when no key came for a while: a captured scan that stopped without Enter is complete once
 * `endGapMs` have passed since its last key. Returns the payload, or null.
 */
export function flushIdle(
  state: BurstState,
  at: number,
  options: BurstOptions = DEFAULT_BURST_OPTIONS,
): { state: BurstState; payload: string | null } {
  if (state.lastAt === null || at - state.lastAt < options.endGapMs) return { state, payload: null };
  return { state: IDLE, payload: state.isCapturing ? state.text : null };
}
