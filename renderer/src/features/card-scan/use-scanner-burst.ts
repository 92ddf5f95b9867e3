import { useEffect, useRef } from 'react';
import {
  DEFAULT_BURST_OPTIONS,
  feedKey,
  flushIdle,
  IDLE,
  type BurstState,
  type BurstStep,
} from './scanner-burst';

type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface Snapshot {
  element: Editable;
  value: string;
}

function editableOf(target: EventTarget | null): Editable | null {
  return target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
    ? target
    : null;
}

/**
 * Puts a field back to the value it had before the burst began, through the native setter and an input
 * event, so react-hook-form (and React's own value tracking) see the change.
 */
function restore(snapshot: Snapshot | null): void {
  if (snapshot === null || snapshot.element.value === snapshot.value) return;
  const { element, value } = snapshot;
  // The prototype's setter, not the instance's: React tracks the instance property to spot changes.
  Reflect.set(Object.getPrototypeOf(element) as object, 'value', value, element);
  element.dispatchEvent(
    new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
}

/**
 * Listens for keyboard-mode scanner bursts on the whole window while mounted and hands each scanned
 * payload to `onScan`. Keys of a recognised burst never reach the page: the ones typed before it was
 * recognised are taken back out of the field they landed in. Keys composed by an input method (Telex,
 * VNI) are left alone. Characters that arrive without a keydown (an input method committing text, or
 * automation inserting text) are fed from `beforeinput`, one character at a time.
 */
export function useScannerBurst(onScan: (payload: string) => void, isEnabled = true): void {
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  useEffect(() => {
    if (!isEnabled) return;
    let state: BurstState = IDLE;
    let snapshot: Snapshot | null = null;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    let isKeyPending = false;

    const scheduleFlush = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        const flushed = flushIdle(state, performance.now());
        state = flushed.state;
        if (flushed.payload !== null) onScanRef.current(flushed.payload);
      }, DEFAULT_BURST_OPTIONS.endGapMs + 10);
    };

    /** Applies a step; true when the key must not reach the page. */
    const apply = (step: BurstStep, target: EventTarget | null): boolean => {
      if (step.kind === 'pass') {
        if (step.startsRun) {
          const element = editableOf(target);
          snapshot = element === null ? null : { element, value: element.value };
        }
        return false;
      }
      if (step.kind === 'ignore') return false;
      if (step.kind === 'capture') restore(snapshot);
      if (step.kind === 'complete') {
        clearTimeout(idleTimer);
        snapshot = null;
        onScanRef.current(step.payload);
      }
      return true;
    };

    // The event's own time stamp: when the key was pressed, not when a busy page got round to it.
    const feed = (key: string, at: number, target: EventTarget | null): boolean => {
      const result = feedKey(state, key, at);
      state = result.state;
      if (state.lastAt !== null) scheduleFlush();
      return apply(result.step, target);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.keyCode === 229 || event.ctrlKey || event.altKey || event.metaKey)
        return;
      isKeyPending = event.key.length === 1;
      if (feed(event.key, event.timeStamp, event.target)) {
        isKeyPending = false;
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };

    const onBeforeInput = (event: InputEvent) => {
      if (isKeyPending) {
        isKeyPending = false;
        return;
      }
      if (event.inputType !== 'insertText' || event.data === null) return;
      // Several characters at once are a paste or an input method's word, never a scanner's key.
      if ([...event.data].length !== 1) {
        state = IDLE;
        return;
      }
      if (feed(event.data, event.timeStamp, event.target)) event.preventDefault();
    };

    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('beforeinput', onBeforeInput, true);
    return () => {
      clearTimeout(idleTimer);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('beforeinput', onBeforeInput, true);
    };
  }, [isEnabled]);
}
