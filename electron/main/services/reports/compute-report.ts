import type { RegimeId } from '../../../../shared/domain/periods';
import {
  isFormulaColumn,
  type ReportDefinition,
  type RowDefinition,
} from '../../../../shared/reports/definition-types';
import type {
  IdentityCheck,
  ReportPeriod,
  ReportRow,
  ReportTable,
} from '../../../../shared/reports/report-types';
import { mergeFilters } from './measure-filter';
import { measureByName, type MeasureSource } from './measure-registry';
import './petition-measures';
import type { TallyContext } from './tally-context';

/** Loaded sources of one period, by source name. */
export type LoadedSources = Map<string, unknown>;

/** Loads every source the definitions' measures need, each once, in parallel. */
export async function loadSources(
  ctx: TallyContext,
  definitions: readonly ReportDefinition[],
): Promise<LoadedSources> {
  const sources = new Map<string, MeasureSource<unknown>>();
  for (const definition of definitions) {
    for (const column of definition.columns) {
      if (isFormulaColumn(column)) continue;
      const { source } = measureByName(column.measure);
      sources.set(source.name, source);
    }
  }
  const entries = await Promise.all(
    [...sources.values()].map(async (source) => [source.name, await source.load(ctx)] as const),
  );
  return new Map(entries);
}

/** "5+11+17" → ["5", "11", "17"]. */
export function formulaTerms(formula: string): string[] {
  return formula.split('+').map((term) => term.trim());
}

function rowValues(
  definition: ReportDefinition,
  row: RowDefinition,
  loaded: LoadedSources,
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const column of definition.columns) {
    if (isFormulaColumn(column)) continue;
    const filter = mergeFilters(row.filter, column.filter);
    const measure = measureByName(column.measure);
    values[column.key] = filter === null ? 0 : measure.value(loaded.get(measure.source.name), filter);
  }
  for (const column of definition.columns) {
    if (!isFormulaColumn(column)) continue;
    values[column.key] = formulaTerms(column.formula).reduce((sum, key) => sum + (values[key] ?? 0), 0);
  }
  return values;
}

/** Checks "1 = 5+11+17" on every row, and each row identity column by column. */
export function checkIdentities(definition: ReportDefinition, rows: ReportRow[]): IdentityCheck[] {
  const checks: IdentityCheck[] = [];
  for (const expression of definition.identities) {
    const [leftKey = '', rightText = ''] = expression.split('=').map((part) => part.trim());
    const terms = formulaTerms(rightText);
    for (const row of rows.filter((candidate) => !candidate.isApart)) {
      const left = row.values[leftKey] ?? 0;
      const right = terms.reduce((sum, key) => sum + (row.values[key] ?? 0), 0);
      checks.push({ rowKey: row.key, expression, left, right, holds: left === right });
    }
  }
  const byKey = new Map(rows.map((row) => [row.key, row]));
  for (const identity of definition.rowIdentities ?? []) {
    const target = byKey.get(identity.rowKey);
    if (!target) continue;
    for (const column of identity.columns ?? definition.columns.map((c) => c.key)) {
      const left = target.values[column] ?? 0;
      const right = identity.rows.reduce((sum, key) => sum + (byKey.get(key)?.values[column] ?? 0), 0);
      const expression = `Cột ${column}: ${target.label} = ${identity.rows
        .map((key) => byKey.get(key)?.label ?? key)
        .join(' + ')}`;
      checks.push({ rowKey: identity.rowKey, expression, left, right, holds: left === right });
    }
  }
  return checks;
}

/** One report of one period from its definition and the period's loaded sources. */
export function computeReport(
  definition: ReportDefinition,
  loaded: LoadedSources,
  meta: { regime: RegimeId; period: ReportPeriod; officeName: string },
): ReportTable {
  const rows: ReportRow[] = definition.rows.map((row) => ({
    key: row.key,
    label: row.isOfficeRow ? meta.officeName || row.label : row.label,
    values: rowValues(definition, row, loaded),
    ...(row.isTotal ? { isTotal: true } : {}),
    ...(row.isApart ? { isApart: true } : {}),
  }));
  return {
    reportId: definition.id,
    definitionVersion: definition.version,
    regime: meta.regime,
    formCode: definition.formCode,
    title: definition.title,
    period: meta.period,
    header: definition.header,
    columns: definition.columns.map((column) => column.key),
    rows,
    identities: checkIdentities(definition, rows),
    notes: [...definition.notes],
  };
}
