import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/contract/envelope';
import {
  defaultRegimeFor,
  PeriodSpecError,
  regimeById,
  resolvePeriod,
  samePeriodLastYear,
  type RegimeId,
  type ResolvedPeriod,
} from '../../../../shared/domain/periods';
import type { ReportDefinition } from '../../../../shared/reports/definition-types';
import { definitionsFor, REPORT_DEFINITIONS } from '../../../../shared/reports/definitions';
import { narrativeText } from '../../../../shared/reports/narrative';
import type {
  OfficeIdentity,
  ReportPeriod,
  ReportTable,
  TallyRequest,
  TallyResult,
  TallySummary,
} from '../../../../shared/reports/report-types';
import type { DB } from '../../db/schema';
import { getSetting } from '../settings';
import { caseCellMatches, type CaseCell } from './case-cube';
import { computeReport, loadSources, type LoadedSources } from './compute-report';
import { CASES, FIGURES, VISITS } from './measure-registry';
import type { ReceptionFigures } from '../../../../shared/reports/reception-figures';
import {
  ALL_DIMENSIONS,
  dimensionsUsed,
  type Dimension,
  type ReceptionFiguresSource,
  type TallyContext,
} from './tally-context';
import { visitCellMatches, type VisitCell } from './visit-cube';
import { countDistinctPersons } from './visit-drill';

export interface TallyEngineDeps {
  db: Kysely<DB>;
  clock: () => Date;
  appVersion: string;
  /** Heads' schedule, sessions and dialogues (see reception-figures-source.ts). */
  receptionFigures: ReceptionFiguresSource;
  definitions?: readonly ReportDefinition[];
}

/** A period spec resolved under its regime (the one in force when its report was due, unless overridden). */
export interface ResolvedRequest {
  regime: RegimeId;
  period: ResolvedPeriod;
}

/**
 * Weeks start on the setting's day (default Friday).
 * @throws AppError INVALID_INPUT with the Vietnamese reason for a bad period or regime.
 */
export function resolveRequest(
  periodSpec: string,
  regime?: RegimeId,
  weekStartDay?: number,
): ResolvedRequest {
  try {
    const week = weekStartDay === undefined ? {} : { weekStartDay };
    const chosen = regime ? regimeById(regime) : defaultRegimeFor(periodSpec, week);
    const period = resolvePeriod(periodSpec, { regime: chosen, ...week });
    return { regime: chosen.id as RegimeId, period };
  } catch (error) {
    if (error instanceof PeriodSpecError || error instanceof RangeError) {
      throw new AppError('INVALID_INPUT', error.message);
    }
    throw error;
  }
}

/** The year a period is named after (2024-Q1 is 2024 though it starts on 15/12/2023); a range's last year. */
export function namedYear(period: ResolvedPeriod): number {
  return 'year' in period.parsed ? period.parsed.year : Number(period.to.slice(0, 4));
}

export function reportPeriod(period: ResolvedPeriod): ReportPeriod {
  return { spec: period.spec, from: period.from, to: period.to, label: period.label };
}

/**
 * The office's identity as the administrator set it in Cài đặt → Cơ quan (one source of truth with the
 * exports). The code may be blank: reports and files still work, but the data package is refused until set.
 */
export async function officeIdentity(db: Kysely<DB>): Promise<OfficeIdentity> {
  const [code, name] = await Promise.all([getSetting(db, 'office_code'), getSetting(db, 'office_name')]);
  return { code, name };
}

function summarize(loaded: LoadedSources, distinctPersons: number): TallySummary {
  const visits = (loaded.get(VISITS.name) as VisitCell[] | undefined) ?? [];
  const cases = (loaded.get(CASES.name) as CaseCell[] | undefined) ?? [];
  const figures = loaded.get(FIGURES.name) as ReceptionFigures | undefined;
  const accepted = visits.filter((cell) => visitCellMatches(cell, {}));
  return {
    visits: accepted.reduce((sum, cell) => sum + cell.visits, 0),
    headcount: accepted.reduce((sum, cell) => sum + cell.people, 0),
    distinctPersons,
    cases: cases.filter((cell) => caseCellMatches(cell, {})).reduce((sum, cell) => sum + cell.cases, 0),
    refused: visits.filter((cell) => cell.isRefused).reduce((sum, cell) => sum + cell.visits, 0),
    dialogues: {
      count: figures?.dialogues.count ?? 0,
      opinions: figures?.dialogues.opinions ?? 0,
      attendees: figures?.dialogues.attendees ?? 0,
    },
  };
}

/** The tally engine over one office's database: every report of a period, "cùng kỳ" and the narrative. */
export function createTallyEngine(deps: TallyEngineDeps) {
  const definitions = deps.definitions ?? REPORT_DEFINITIONS;

  async function context(
    range: { from: string; to: string },
    dimensions: ReadonlySet<Dimension> = ALL_DIMENSIONS,
  ): Promise<TallyContext> {
    const groupThreshold = await getSetting(deps.db, 'group_threshold');
    return { db: deps.db, range, groupThreshold, receptionFigures: deps.receptionFigures, dimensions };
  }

  /** The office's week start day (setting week_start_day: 0 = Chủ nhật … 6 = Thứ Bảy; default Friday). */
  function weekStartDay(): Promise<number> {
    return getSetting(deps.db, 'week_start_day');
  }

  /** A period spec under its regime, weeks starting on the office's week start day. */
  async function resolve(periodSpec: string, regime?: RegimeId): Promise<ResolvedRequest> {
    return resolveRequest(periodSpec, regime, await weekStartDay());
  }

  async function tallyPeriod(regime: RegimeId, period: ResolvedPeriod, officeName: string) {
    const set = definitionsFor(regime, definitions);
    const ctx = await context({ from: period.from, to: period.to }, dimensionsUsed(set));
    const [loaded, distinctPersons] = await Promise.all([loadSources(ctx, set), countDistinctPersons(ctx)]);
    const meta = { regime, period: reportPeriod(period), officeName };
    const reports: ReportTable[] = set.map((definition) => computeReport(definition, loaded, meta));
    return { reports, summary: summarize(loaded, distinctPersons) };
  }

  /** Every report of the request's period (and "cùng kỳ" when asked), with the narrative. */
  async function compute(request: TallyRequest): Promise<TallyResult> {
    const { regime, period } = await resolve(request.periodSpec, request.regime);
    const office = await officeIdentity(deps.db);
    const officeName = office.name;
    const current = await tallyPeriod(regime, period, officeName);
    const previousPeriod = request.compare ? samePeriodLastYear(period) : null;
    const previous = previousPeriod ? await tallyPeriod(regime, previousPeriod, officeName) : null;
    const narrative = narrativeText({
      officeName,
      periodLabel: period.label,
      summary: current.summary,
      ...(previous && previousPeriod
        ? { compare: { summary: previous.summary, year: namedYear(previousPeriod) } }
        : {}),
    });
    return {
      office,
      regime,
      period: reportPeriod(period),
      reports: current.reports,
      ...(previous && previousPeriod
        ? {
            compare: { period: reportPeriod(previousPeriod), reports: previous.reports },
            compareSummary: previous.summary,
          }
        : {}),
      narrative,
      summary: current.summary,
      generatedAt: deps.clock().toISOString(),
      appVersion: deps.appVersion,
    };
  }

  return { compute, context, resolve, weekStartDay, definitions };
}

export type TallyEngine = ReturnType<typeof createTallyEngine>;
