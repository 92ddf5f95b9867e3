import type { KeyboardEvent } from 'react';

export type IntakeKey = { action: 'save' } | { action: 'clear' } | { action: 'link'; index: number } | null;

/**
 * What a key press means on the intake screen: Enter saves (not Shift+Enter, not on a button or link,
 * only inside the form), Esc clears, Alt+1…Alt+9 links the suggested case of that number. Keys pressed
 * while an input method is composing (Telex, VNI) belong to the input method.
 */
export function intakeKey(event: KeyboardEvent, form: HTMLFormElement | null): IntakeKey {
  if (event.nativeEvent.isComposing || event.keyCode === 229) return null;
  const target = event.target as HTMLElement;
  if (event.altKey && !event.ctrlKey && !event.metaKey) {
    const digit = /^Digit([1-9])$/.exec(event.code)?.[1] ?? /^[1-9]$/.exec(event.key)?.[0];
    return digit ? { action: 'link', index: Number(digit) - 1 } : null;
  }
  if (event.key === 'Escape') return { action: 'clear' };
  const isInForm = form !== null && form.contains(target);
  if (event.key === 'Enter' && !event.shiftKey && isInForm && !['BUTTON', 'A'].includes(target.tagName)) {
    return { action: 'save' };
  }
  return null;
}
