import type { RegimeId } from '../domain/periods';

/**
 * The shape every computed report takes, whatever its form (Biểu 01/TCD, 02/XLD, breakdowns…): what the
 * screen shows, the exporters (XLSX, PDF, CSV, package) write and consolidation sums. Pure data, no
 * personal data: record ids for drill-down travel separately in `ReportSources` and never leave the office.
 */

/** One cell of a form's header as laid out in the statutory annex; merged cells by span. */
export interface HeaderCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** One data row: a unit (Đơn vị), a category, or the total. Values keyed by column number ("1", "2"…). */
export interface ReportRow {
  key: string;
  label: string;
  values: Record<string, number>;
  isTotal?: boolean;
  /** Listed under the table but not part of its totals (refused receptions). */
  isApart?: boolean;
}

/** A column identity of the form ("1 = 5+11+17"), checked on every row of every computed report. */
export interface IdentityCheck {
  rowKey: string;
  expression: string;
  left: number;
  right: number;
  holds: boolean;
}

export interface ReportPeriod {
  /** The CLI spec, e.g. "2024-H1" or "2024-01-01..2024-03-31". */
  spec: string;
  /** Inclusive 'yyyy-mm-dd' dates. */
  from: string;
  to: string;
  /** "6 tháng đầu năm 2024" and the like. */
  label: string;
}

export interface ReportTable {
  /** Stable id of the report definition, e.g. "bieu-01-tcd". */
  reportId: string;
  /** Version of the definition used (a revised form is a new version), e.g. "tt06-2025". */
  definitionVersion: string;
  regime: RegimeId;
  /** "Biểu số 01/TCD". */
  formCode: string;
  title: string;
  period: ReportPeriod;
  /** Header rows above the data, the first column ("Đơn vị" / "Nội dung") included. */
  header: HeaderCell[][];
  /** Data column keys in order ("1" … "21"); the "MS" row under the header prints these. */
  columns: string[];
  rows: ReportRow[];
  identities: IdentityCheck[];
  notes: string[];
}

/** What a click on one figure opens: the records counted in it. Never exported. */
export type SourceKind =
  | 'visits'
  | 'cases'
  | 'persons'
  | 'sessions'
  | 'reception_days'
  | 'dialogues'
  | 'petitions'
  | 'tickets';

export interface CellSource {
  kind: SourceKind;
  ids: number[];
}

/** rowKey → column key → the records behind that figure. */
export type ReportSources = Record<string, Record<string, CellSource>>;

/** Who sent a report: the office's identity from the settings. */
export interface OfficeIdentity {
  /** Unit code used to tell packages apart upstream (ASCII). */
  code: string;
  name: string;
}

/**
 * One run of the tally engine: every report of the set for a period under a regime, optionally the same
 * reports for "cùng kỳ", and the narrative paragraph. This is what the screen, every export format, the
 * data package and consolidation work from.
 */
export interface TallyResult {
  office: OfficeIdentity;
  regime: RegimeId;
  period: ReportPeriod;
  /** Biểu 01/TCD first, then the other reports of the set. */
  reports: ReportTable[];
  compare?: { period: ReportPeriod; reports: ReportTable[] };
  narrative: string;
  /** The headline figures the narrative quotes, for the screen and the package. */
  summary?: TallySummary;
  /** The same for "cùng kỳ", when compared. */
  compareSummary?: TallySummary;
  generatedAt: string;
  appVersion: string;
}

/** Headline figures of one period (accepted receptions only; refused ones apart). */
export interface TallySummary {
  visits: number;
  /** Sum of headcounts (Biểu 01/TCD "người được tiếp"). */
  headcount: number;
  /** Distinct identified citizens on the period's visits (the narrative's "người"). */
  distinctPersons: number;
  cases: number;
  refused: number;
  dialogues: { count: number; opinions: number; attendees: number };
}

/** What a caller asks the tally engine for; the period spec as the CLI writes it ("2024-H1", "2024-W23"…). */
export interface TallyRequest {
  periodSpec: string;
  /** Overrides the regime in force when the period's report was due. */
  regime?: RegimeId;
  /** Also compute "cùng kỳ" (the same period one year earlier under the same rule). */
  compare: boolean;
}
