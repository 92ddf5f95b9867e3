import type { ImportResultView } from '../../../../shared/contract/imports';
import { formatCount } from '../../../../shared/domain/number-format';
import { saveBytes } from '../../app/files';

type Problem = ImportResultView['problems'][number];

/** The table shows this many; the rest are in the list the officer downloads. */
export const SHOWN_PROBLEMS = 200;

function severityLabel(problem: Problem): string {
  return problem.severity === 'error' ? 'Lỗi' : 'Lưu ý';
}

/** Every problem as a CSV Excel opens with its Vietnamese intact (UTF-8 with BOM), to fix the file by. */
export function problemsCsv(problems: readonly Problem[]): string {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const lines = problems.map((problem) =>
    [String(problem.row ?? 'Cả tệp'), problem.column ?? '', severityLabel(problem), problem.message]
      .map(quote)
      .join(','),
  );
  return `\ufeff${['"Dòng","Cột","Mức","Nội dung"', ...lines].join('\r\n')}\r\n`;
}

function downloadProblems(fileName: string, problems: readonly Problem[]): void {
  const base = fileName.replace(/\.[^.]*$/, '');
  saveBytes(`${base}-van-de.csv`, 'text/csv', new TextEncoder().encode(problemsCsv(problems)));
}

/** The problems a check found: the first SHOWN_PROBLEMS in a table, all of them as a download. */
export function ImportProblems({ fileName, problems }: { fileName: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const hidden = problems.length - SHOWN_PROBLEMS;
  return (
    <>
      <div className="form-actions">
        <button type="button" onClick={() => downloadProblems(fileName, problems)}>
          Tải danh sách {formatCount(problems.length)} vấn đề (CSV)
        </button>
      </div>
      {hidden > 0 && (
        <p className="muted">
          Bảng dưới liệt kê {formatCount(SHOWN_PROBLEMS)} vấn đề đầu tiên; {formatCount(hidden)} vấn đề còn
          lại có trong danh sách tải về.
        </p>
      )}
      <table className="register" aria-label="Vấn đề trong tệp">
        <thead>
          <tr>
            <th scope="col">Dòng</th>
            <th scope="col">Cột</th>
            <th scope="col">Mức</th>
            <th scope="col">Nội dung</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
            <tr key={index}>
              <td>{problem.row ?? 'Cả tệp'}</td>
              <td>{problem.column ?? ''}</td>
              <td>{severityLabel(problem)}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
