import { useMemo } from 'react';
import type { Unit } from '../../../../shared/contract/reference';
import { SUBJECTS } from '../../../../shared/domain/subjects';
import { useCall } from '../../api/use-call';

/** The group threshold until the office settings answer (the TT 06/2025 definition). */
export const DEFAULT_GROUP_THRESHOLD = 5;

const EMPTY_UNITS: Unit[] = [];

/** The 34 provinces in force. */
export function useProvinces(): Unit[] {
  return useCall('reference:provinces', {}).data ?? EMPTY_UNITS;
}

/** Communes of one province (none until a province is chosen). */
export function useCommunes(provinceCode: string): Unit[] {
  const input = useMemo(() => (provinceCode === '' ? null : { provinceCode }), [provinceCode]);
  return useCall('reference:communes', input).data ?? EMPTY_UNITS;
}

const FALLBACK_SUBJECTS = SUBJECTS.map(({ code, label }) => ({ code, label }));

/** Lĩnh vực with the office's labels; the built-in labels until they arrive. */
export function useSubjects(): { code: string; label: string }[] {
  return useCall('reference:subjects', {}).data ?? FALLBACK_SUBJECTS;
}

/** Headcount from which a visit is a group delegation (đoàn đông người). */
export function useGroupThreshold(): number {
  return useCall('settings:office', {}).data?.groupThreshold ?? DEFAULT_GROUP_THRESHOLD;
}
