import type { MeasureFilter } from '../../../../shared/reports/definition-types';

type ListKey = 'receptionKinds' | 'classifications' | 'subjects' | 'channels' | 'handlings' | 'queueLines';
type FlagKey = 'group' | 'order' | 'refused';
const LIST_KEYS: readonly ListKey[] = [
  'receptionKinds',
  'classifications',
  'subjects',
  'channels',
  'handlings',
  'queueLines',
];
const FLAG_KEYS: readonly FlagKey[] = ['group', 'order', 'refused'];

/**
 * A row's filter and a column's filter together: lists intersect, flags must agree. Null when they
 * contradict (nothing can match), so the cell is 0 without a query.
 */
export function mergeFilters(a: MeasureFilter = {}, b: MeasureFilter = {}): MeasureFilter | null {
  const merged: Record<string, unknown> = { ...a, ...b };
  for (const key of LIST_KEYS) {
    const left: readonly string[] | undefined = a[key];
    const right: readonly string[] | undefined = b[key];
    if (left && right) merged[key] = left.filter((value) => right.includes(value));
  }
  for (const key of FLAG_KEYS) {
    if (a[key] !== undefined && b[key] !== undefined && a[key] !== b[key]) return null;
  }
  return merged;
}

/** Whether a value passes one list of the filter (absent list = anything). */
export function allows(list: readonly string[] | undefined, value: string): boolean {
  return list === undefined || list.includes(value);
}

/** Whether a flag passes (absent = either). */
export function flagAllows<T>(wanted: T | undefined, actual: T): boolean {
  return wanted === undefined || wanted === actual;
}
