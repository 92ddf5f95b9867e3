import './cases.css';
import { Link, useParams } from 'react-router';
import type { CaseDetail } from '../../../../shared/contract/cases';
import { CLASSIFICATION_LABELS, RECEPTION_KIND_LABELS } from '../../../../shared/domain/classification';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import { formatCount } from '../../../../shared/domain/number-format';
import { useSubjects } from '../intake/use-reference-data';
import { CaseFollowUps } from './CaseFollowUps';
import { useCase } from './use-case';

/** Case statuses main records so far (the code is shown for any other). */
const STATUS_LABELS: Record<string, string> = { dang_xu_ly: 'Đang xử lý' };

/** A vụ việc: what it is, its legal deadlines and every visit about it, oldest first. */
export function CasePage() {
  const id = Number(useParams().id);
  const isValidId = Number.isInteger(id) && id > 0;
  const { data, error } = useCase(isValidId ? id : null);
  return (
    <section aria-labelledby="case-title" className="page case-page">
      <p>
        <Link to="/so-tiep-cong-dan">← Sổ tiếp công dân</Link>
      </p>
      <h1 id="case-title">{data ? `Vụ việc ${data.code}` : 'Vụ việc'}</h1>
      {!isValidId && <p className="notice error">Đường dẫn không chỉ tới vụ việc nào.</p>}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {isValidId && !data && !error && <p className="muted">Đang tải…</p>}
      {data && <CaseDetails detail={data} />}
    </section>
  );
}

function CaseDetails({ detail }: { detail: CaseDetail }) {
  const subjects = useSubjects();
  const subject = subjects.find((s) => s.code === detail.subject)?.label ?? detail.subject;
  const facts: [string, string][] = [
    ['Mã vụ việc', detail.code],
    ['Phân loại', CLASSIFICATION_LABELS[detail.classification]],
    ['Lĩnh vực', subject ?? 'Chưa xác định'],
    ['Trạng thái', STATUS_LABELS[detail.status] ?? detail.status],
    ['Tiếp lần đầu', formatLocalDate(detail.firstReceivedAt)],
    ['Ngày thụ lý', detail.acceptedOn ? formatLocalDate(detail.acceptedOn) : 'Chưa thụ lý'],
    ['Số lượt tiếp', formatCount(detail.visits.length)],
  ];
  return (
    <>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {detail.summary && <p className="case-summary">{detail.summary}</p>}
      <h2>Thời hạn theo luật</h2>
      {detail.deadlines.length === 0 ? (
        <p className="muted">Không có thời hạn luật định áp dụng cho vụ việc này (hoặc chưa thụ lý).</p>
      ) : (
        <table className="register" aria-label="Thời hạn theo luật">
          <thead>
            <tr>
              <th scope="col">Thời hạn</th>
              <th scope="col">Hạn chót</th>
              <th scope="col">Vụ việc phức tạp</th>
              <th scope="col">Căn cứ</th>
            </tr>
          </thead>
          <tbody>
            {detail.deadlines.map((deadline) => (
              <tr key={deadline.stage}>
                <td>{deadline.label}</td>
                <td>{formatLocalDate(deadline.dueOn)}</td>
                <td>{deadline.complexDueOn ? formatLocalDate(deadline.complexDueOn) : '—'}</td>
                <td>{deadline.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Các lượt tiếp</h2>
      <table className="register" aria-label="Các lượt tiếp của vụ việc">
        <thead>
          <tr>
            <th scope="col">Ngày tiếp</th>
            <th scope="col">Hình thức tiếp</th>
            <th scope="col">Công dân</th>
            <th scope="col">Nội dung</th>
            <th scope="col">Lần tiếp</th>
          </tr>
        </thead>
        <tbody>
          {detail.visits.map((visit) => (
            <tr key={visit.id}>
              <td>
                <Link to={`/so-tiep-cong-dan/${visit.id}`}>{formatLocalDate(visit.receivedAt)}</Link>
              </td>
              <td>{RECEPTION_KIND_LABELS[visit.receptionKind]}</td>
              <td>
                {visit.fullName}
                {visit.headcount > 1 && <div className="muted">{formatCount(visit.headcount)} người</div>}
              </td>
              <td className="content-cell">{visit.content}</td>
              <td>{visit.isFirstReception ? 'Lần đầu' : 'Nhiều lần'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CaseFollowUps caseId={detail.id} />
    </>
  );
}
