import './reports.css';
import { useState, type FormEvent, type ReactNode } from 'react';
import { REGIME_IDS } from '../../../../shared/contract/reports';
import { toLocalDate } from '../../../../shared/domain/local-time';
import { REGIMES, type RegimeId } from '../../../../shared/domain/periods';
import { needsOutline, outlineReportText } from '../../../../shared/reports/outline-report';
import type { TallyRequest, TallyResult } from '../../../../shared/reports/report-types';
import { DrillPanel } from './DrillPanel';
import { NarrativeBox } from './NarrativeBox';
import { OutlineReportBox } from './OutlineReportBox';
import { choiceToSpec, initialChoice } from './period-choice';
import { PeriodPicker } from './PeriodPicker';
import { ReportTableView } from './ReportTableView';
import { useTally, useWeekStartDay, type DrillTarget } from './use-reports';

export interface ReportsPageProps {
  /**
   * Mount point for the export panel (XLSX, PDF, CSV, data package, USB): given the tally on screen and the
   * request that produced it, it renders under the narrative.
   */
  renderExport?: (tally: { result: TallyResult; request: TallyRequest }) => ReactNode;
}

const regimeTitle = (id: string) => REGIMES.find((regime) => regime.id === id)?.title ?? id;

/** "Báo cáo": pick a period, a regime and "cùng kỳ", see the forms, the checks and the narrative, drill in. */
export function ReportsPage({ renderExport }: ReportsPageProps) {
  const [today] = useState(() => toLocalDate(new Date()));
  const [choice, setChoice] = useState(() => initialChoice(today));
  const weekStartDay = useWeekStartDay();
  const [regime, setRegime] = useState<RegimeId | ''>('');
  const [isCompare, setIsCompare] = useState(true);
  const [request, setRequest] = useState<TallyRequest | null>(null);
  const [target, setTarget] = useState<DrillTarget | null>(null);
  const { data, error, isLoading } = useTally(request);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTarget(null);
    setRequest({ periodSpec: choiceToSpec(choice), compare: isCompare, ...(regime ? { regime } : {}) });
  };
  return (
    <section aria-labelledby="reports-title" className="page reports-page">
      <h1 id="reports-title">Báo cáo</h1>
      <form className="report-request" onSubmit={submit} aria-label="Chọn kỳ báo cáo">
        <PeriodPicker value={choice} onChange={setChoice} weekStartDay={weekStartDay} today={today} />
        <label>
          Chế độ báo cáo
          <select value={regime} onChange={(event) => setRegime(event.target.value as RegimeId | '')}>
            <option value="">Theo kỳ báo cáo (mặc định)</option>
            {REGIME_IDS.map((id) => (
              <option key={id} value={id}>
                {regimeTitle(id)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={isCompare}
            onChange={(event) => setIsCompare(event.target.checked)}
          />
          So sánh cùng kỳ năm trước
        </label>
        <button type="submit">Tổng hợp</button>
      </form>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {isLoading && <p className="muted">Đang tổng hợp…</p>}
      {data && request && (
        <TallyView result={data} onPick={setTarget}>
          {target && <DrillPanel request={request} target={target} onClose={() => setTarget(null)} />}
          {renderExport?.({ result: data, request })}
        </TallyView>
      )}
    </section>
  );
}

function TallyView({
  result,
  onPick,
  children,
}: {
  result: TallyResult;
  onPick: (target: DrillTarget) => void;
  children: ReactNode;
}) {
  return (
    <div className="tally">
      <h2>
        {result.period.label} — {regimeTitle(result.regime)}
      </h2>
      {result.compare && <p className="muted">So sánh với cùng kỳ: {result.compare.period.label}</p>}
      <NarrativeBox text={result.narrative} />
      {needsOutline(result.period.spec) && (
        <OutlineReportBox
          text={outlineReportText(result)}
          fileStem={`${result.office.code || 'donvi'}-${result.period.spec}`}
        />
      )}
      {children}
      {result.reports.map((table, index) => {
        const compared = result.compare?.reports[index];
        return (
          <section key={table.reportId} className="report">
            <ReportTableView table={table} isCompared={false} onPick={onPick} />
            {compared && <ReportTableView table={compared} isCompared onPick={onPick} />}
          </section>
        );
      })}
    </div>
  );
}
