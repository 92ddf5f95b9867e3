import { AppError } from '../../../../shared/contract/envelope';
import type { DrillRequest, DrillResult } from '../../../../shared/contract/reports';
import { samePeriodLastYear } from '../../../../shared/domain/periods';
import {
  isFormulaColumn,
  type ColumnDefinition,
  type MeasureFilter,
} from '../../../../shared/reports/definition-types';
import { definitionsFor } from '../../../../shared/reports/definitions';
import type { CellSource } from '../../../../shared/reports/report-types';
import { formulaTerms } from './compute-report';
import { drillRecords } from './drill-records';
import { mergeFilters } from './measure-filter';
import { measureByName } from './measure-registry';
import type { TallyContext } from './tally-context';
import { type TallyEngine } from './tally-engine';

interface CellDrill {
  source: CellSource;
  value: number;
}

async function columnDrill(
  ctx: TallyContext,
  columns: readonly ColumnDefinition[],
  column: ColumnDefinition,
  rowFilter: MeasureFilter | undefined,
): Promise<CellDrill> {
  if (isFormulaColumn(column)) {
    const parts = await Promise.all(
      formulaTerms(column.formula).flatMap((key) => {
        const term = columns.find((candidate) => candidate.key === key);
        return term ? [columnDrill(ctx, columns, term, rowFilter)] : [];
      }),
    );
    return {
      source: { kind: parts[0]?.source.kind ?? 'visits', ids: parts.flatMap((part) => part.source.ids) },
      value: parts.reduce((sum, part) => sum + part.value, 0),
    };
  }
  const filter = mergeFilters(rowFilter, column.filter);
  const measure = measureByName(column.measure);
  if (filter === null) return { source: { kind: 'visits', ids: [] }, value: 0 };
  const data = await measure.source.load(ctx);
  return { source: await measure.drill(ctx, filter, data), value: measure.value(data, filter) };
}

/** The records behind one figure: the same filters the tally used, for the period or its "cùng kỳ". */
export async function drill(engine: TallyEngine, request: DrillRequest): Promise<DrillResult> {
  const { regime, period } = await engine.resolve(request.periodSpec, request.regime);
  const target = request.isCompared ? samePeriodLastYear(period) : period;
  const definition = definitionsFor(regime, engine.definitions).find((d) => d.id === request.reportId);
  const row = definition?.rows.find((candidate) => candidate.key === request.rowKey);
  const column = definition?.columns.find((candidate) => candidate.key === request.column);
  if (!definition || !row || !column) {
    throw new AppError(
      'NOT_FOUND',
      'Không tìm thấy số liệu này trong báo cáo; hãy tổng hợp lại rồi chọn lại.',
    );
  }
  const ctx = await engine.context({ from: target.from, to: target.to });
  const { source, value } = await columnDrill(ctx, definition.columns, column, row.filter);
  const records = await drillRecords(ctx.db, source);
  return { kind: source.kind, value, total: source.ids.length, records };
}
