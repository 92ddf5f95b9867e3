import type { MeasureFilter } from '../../../../shared/reports/definition-types';
import type { CountedIds, ReceptionFigures } from '../../../../shared/reports/reception-figures';
import { allows } from './measure-filter';

type Place = 'inPerson' | 'delegated';
type SessionKind = keyof ReceptionFigures['sessions'];

function places(filter: MeasureFilter): Place[] {
  const kinds = filter.receptionKinds;
  const result: Place[] = [];
  if (kinds === undefined || kinds.includes('dinh_ky') || kinds.includes('dot_xuat')) result.push('inPerson');
  if (kinds === undefined || kinds.includes('uy_quyen')) result.push('delegated');
  return result;
}

function combine(parts: CountedIds[]): CountedIds {
  return { count: parts.reduce((sum, part) => sum + part.count, 0), ids: parts.flatMap((part) => part.ids) };
}

/** Announced or held days of the head's reception for the places a filter names (col 10 / 16). */
export function dayFigure(
  figures: ReceptionFigures,
  which: 'announcedDays' | 'heldDays',
  filter: MeasureFilter,
): CountedIds {
  if (filter.refused) return { count: 0, ids: [] };
  return combine(places(filter).map((place) => figures[which][place]));
}

/** Sessions (kỳ tiếp) of the kinds a filter names (old layout col 12 / 21). */
export function sessionFigure(figures: ReceptionFigures, filter: MeasureFilter): CountedIds {
  if (filter.refused) return { count: 0, ids: [] };
  const kinds: SessionKind[] = ['dinh_ky', 'dot_xuat', 'uy_quyen'];
  return combine(
    kinds.filter((kind) => allows(filter.receptionKinds, kind)).map((kind) => figures.sessions[kind]),
  );
}

export type DialogueFigure = 'count' | 'opinions' | 'attendees' | 'answered' | 'acceptedForFollowUp';

export function dialogueFigure(figures: ReceptionFigures, which: DialogueFigure): number {
  return which === 'count' ? figures.dialogues.count : figures.dialogues[which];
}
