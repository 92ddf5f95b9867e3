import type { MeasureFilter } from '../../../../shared/reports/definition-types';
import type { ReceptionFigures } from '../../../../shared/reports/reception-figures';
import type { CellSource } from '../../../../shared/reports/report-types';
import { caseCellMatches, loadCaseCube, type CaseCell } from './case-cube';
import { dayFigure, dialogueFigure, sessionFigure, type DialogueFigure } from './figure-measures';
import type { TallyContext } from './tally-context';
import { loadTickets, ticketsFor, ticketValue, type TicketMeasure, type TicketRow } from './ticket-rows';
import { loadVisitCube, visitCellMatches, type VisitCell } from './visit-cube';
import { drillCaseIds, drillVisitIds } from './visit-drill';

/** Something a period's measures are computed from, loaded once per period whatever the number of columns. */
export interface MeasureSource<D> {
  name: string;
  load(ctx: TallyContext): Promise<D>;
}

/** A named measure: its value from the loaded source, and the records behind it for drill-down. */
export interface Measure {
  source: MeasureSource<unknown>;
  value(data: unknown, filter: MeasureFilter): number;
  drill(ctx: TallyContext, filter: MeasureFilter, data: unknown): Promise<CellSource>;
}

export function defineMeasure<D>(
  source: MeasureSource<D>,
  value: (data: D, filter: MeasureFilter) => number,
  drill: (ctx: TallyContext, filter: MeasureFilter, data: D) => Promise<CellSource>,
): Measure {
  return {
    source: source,
    value: (data, filter) => value(data as D, filter),
    drill: (ctx, filter, data) => drill(ctx, filter, data as D),
  };
}

export const VISITS: MeasureSource<VisitCell[]> = { name: 'visits', load: loadVisitCube };
export const CASES: MeasureSource<CaseCell[]> = { name: 'cases', load: loadCaseCube };
export const FIGURES: MeasureSource<ReceptionFigures> = {
  name: 'figures',
  load: (ctx) => ctx.receptionFigures(ctx.db, ctx.range),
};
export const TICKETS: MeasureSource<TicketRow[]> = { name: 'tickets', load: loadTickets };

function sumVisits(cells: VisitCell[], filter: MeasureFilter, pick: (cell: VisitCell) => number): number {
  return cells.filter((cell) => visitCellMatches(cell, filter)).reduce((sum, cell) => sum + pick(cell), 0);
}

const visitDrill = async (ctx: TallyContext, filter: MeasureFilter): Promise<CellSource> => ({
  kind: 'visits',
  ids: await drillVisitIds(ctx, filter),
});

function ticketMeasure(which: TicketMeasure): Measure {
  return defineMeasure(
    TICKETS,
    (rows, filter) => ticketValue(rows, which, filter),
    (_ctx, filter, rows) =>
      Promise.resolve({ kind: 'tickets', ids: ticketsFor(rows, which, filter).map((row) => row.id) }),
  );
}

function dialogueMeasure(which: DialogueFigure): Measure {
  return defineMeasure(
    FIGURES,
    (figures) => dialogueFigure(figures, which),
    (_ctx, _filter, figures) => Promise.resolve({ kind: 'dialogues', ids: figures.dialogues.ids }),
  );
}

/**
 * Measures by name, as report definitions refer to them. Another form (Biểu 02/XLD…) adds its own with
 * registerMeasure, over its own source, without touching the engine.
 */
const registry = new Map<string, Measure>([
  ['visits.count', defineMeasure(VISITS, (cells, f) => sumVisits(cells, f, (c) => c.visits), visitDrill)],
  ['visits.headcount', defineMeasure(VISITS, (cells, f) => sumVisits(cells, f, (c) => c.people), visitDrill)],
  [
    'cases.distinct',
    defineMeasure(
      CASES,
      (cells, f) =>
        cells.filter((cell) => caseCellMatches(cell, f)).reduce((sum, cell) => sum + cell.cases, 0),
      async (ctx, f) => ({ kind: 'cases', ids: await drillCaseIds(ctx, f) }),
    ),
  ],
  [
    'days.announced',
    defineMeasure(
      FIGURES,
      (figures, f) => dayFigure(figures, 'announcedDays', f).count,
      (_ctx, f, figures) =>
        Promise.resolve({ kind: 'reception_days', ids: dayFigure(figures, 'announcedDays', f).ids }),
    ),
  ],
  [
    'days.held',
    defineMeasure(
      FIGURES,
      (figures, f) => dayFigure(figures, 'heldDays', f).count,
      (_ctx, f, figures) =>
        Promise.resolve({ kind: 'reception_days', ids: dayFigure(figures, 'heldDays', f).ids }),
    ),
  ],
  [
    'sessions.count',
    defineMeasure(
      FIGURES,
      (figures, f) => sessionFigure(figures, f).count,
      (_ctx, f, figures) => Promise.resolve({ kind: 'sessions', ids: sessionFigure(figures, f).ids }),
    ),
  ],
  ['dialogues.count', dialogueMeasure('count')],
  ['dialogues.opinions', dialogueMeasure('opinions')],
  ['dialogues.attendees', dialogueMeasure('attendees')],
  ['dialogues.answered', dialogueMeasure('answered')],
  ['dialogues.follow-up', dialogueMeasure('acceptedForFollowUp')],
  ['tickets.issued', ticketMeasure('issued')],
  ['tickets.served', ticketMeasure('served')],
  ['tickets.no-show', ticketMeasure('no-show')],
  ['tickets.priority', ticketMeasure('priority')],
  ['tickets.wait-median', ticketMeasure('wait-median')],
  ['tickets.wait-p90', ticketMeasure('wait-p90')],
]);

/** Adds (or replaces) a measure by name. */
export function registerMeasure(name: string, measure: Measure): void {
  registry.set(name, measure);
}

/** @throws RangeError naming the unknown measure (a definition refers to a measure nobody registered). */
export function measureByName(name: string): Measure {
  const measure = registry.get(name);
  if (!measure) throw new RangeError(`Chỉ tiêu "${name}" chưa được đăng ký trong bộ đếm báo cáo.`);
  return measure;
}
