import type { Channel, Classification, Handling, ReceptionKind } from '../domain/classification';
import type { RegimeId } from '../domain/periods';
import type { HeaderCell } from './report-types';

/**
 * Report definitions as versioned data: a revised form (a new circular) is a new definition file, not new
 * code. A definition lays out the header as the annex prints it, names each column's measure (or formula over
 * other columns), the rows (each a filter on the same measures), and the identities checked on every row.
 */

/** Whether the case behind a record was first received inside the period ("lần đầu") or before it ("nhiều lần"). */
export type ReceptionOrder = 'first' | 'repeat';

/**
 * Narrows what a measure counts. Every field is optional; absent = no restriction. A row's filter and a
 * column's filter both apply (their lists intersect). Measures ignore the fields they do not know.
 */
export interface MeasureFilter {
  /** Where it happened; for `cases.distinct`, where the case is placed (head in person > delegated > desk). */
  receptionKinds?: readonly ReceptionKind[];
  /** true = đoàn đông người (headcount at or above the group threshold setting, 5 by the form), false = not. */
  group?: boolean;
  classifications?: readonly Classification[];
  /** Lĩnh vực codes (shared/domain/subjects); '' matches records without one. */
  subjects?: readonly string[];
  channels?: readonly Channel[];
  /** Hướng xử lý codes; '' matches visits without one yet. */
  handlings?: readonly (Handling | '')[];
  /** Cases only (`cases.distinct`): lần đầu / nhiều lần is a fact of the case, not of one visit. */
  order?: ReceptionOrder;
  /** Queue line codes ('thuong_xuyen', 'thu_truong'…) for ticket measures. */
  queueLines?: readonly string[];
  /** Visit measures count accepted receptions only; true counts the refused ones (listed apart). */
  refused?: boolean;
}

/**
 * A column counted by a registered measure, named `source.what`: `visits.count`, `visits.headcount`,
 * `cases.distinct`, `days.announced`, `sessions.count`, `dialogues.opinions`… (see the engine's measure
 * registry; another form adds its measures there by name).
 */
export interface MeasureColumn {
  key: string;
  measure: string;
  filter?: MeasureFilter;
}

/** A column that is a sum of other columns of the same row, e.g. "5+11+17". */
export interface FormulaColumn {
  key: string;
  formula: string;
}

export type ColumnDefinition = MeasureColumn | FormulaColumn;

export interface RowDefinition {
  key: string;
  label: string;
  /** The office's name replaces the label (the "Đơn vị" row of a statutory form). */
  isOfficeRow?: boolean;
  filter?: MeasureFilter;
  isTotal?: boolean;
  /** Shown under the table but not part of it (refused receptions listed apart). */
  isApart?: boolean;
}

/**
 * An identity between rows, checked column by column: `{ rowKey: 'tong', rows: ['kn', 'tc', 'knpa'] }` means
 * the "Tổng" row equals the sum of the three rows in every column.
 */
export interface RowIdentity {
  rowKey: string;
  rows: readonly string[];
  /** The columns it holds for (default: every column); a median, say, does not add up. */
  columns?: readonly string[];
}

export interface ReportDefinition {
  /** Stable id shared by every version of the form: "bieu-01-tcd". */
  id: string;
  /** This layout's version: the regime that introduced it ("tt06-2025"). */
  version: string;
  /** Regimes that report with this version. */
  regimes: readonly RegimeId[];
  /** First and last day the layout is in force ('yyyy-mm-dd'; null = still current). */
  effectiveFrom: string;
  effectiveTo: string | null;
  /** "Biểu số 01/TCD"; informal reports say what they are: "Báo cáo theo lĩnh vực". */
  formCode: string;
  title: string;
  /** Header rows above the data, first column ("Đơn vị" / "Nội dung") included, merged cells by span. */
  header: HeaderCell[][];
  columns: readonly ColumnDefinition[];
  rows: readonly RowDefinition[];
  /** Column identities checked on every row: "1 = 5+11+17". */
  identities: readonly string[];
  rowIdentities?: readonly RowIdentity[];
  notes: readonly string[];
}

export function isFormulaColumn(column: ColumnDefinition): column is FormulaColumn {
  return 'formula' in column;
}

/** The report set of one regime, in the order the screen and the exports show them (Biểu 01/TCD first). */
export interface ReportSet {
  regime: RegimeId;
  definitions: readonly ReportDefinition[];
}
