import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { VisitView } from '../../../../shared/contract/visits';
import { CLASSIFICATION_LABELS, HANDLING_LABELS } from '../../../../shared/domain/classification';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import { formatCount } from '../../../../shared/domain/number-format';
import { REFUSAL_LABELS } from '../../../../shared/domain/subjects';

export interface RegisterColumn {
  key: string;
  /** Column number of Mẫu 03 (TT 04/2021). */
  number: number;
  header: string;
  render: (visit: VisitView, ctx: { stt: number; subjectLabel: (code: string) => string }) => ReactNode;
}

function Tick({ isOn, children }: { isOn: boolean; children?: ReactNode }) {
  return isOn ? (
    <>
      <span className="tick" aria-label="Có" title="Có">
        ✓
      </span>
      {children}
    </>
  ) : null;
}

/** The twelve columns of Mẫu 03; Hướng xử lý is ticked in column 8, 9 or 10. */
export const REGISTER_COLUMNS: RegisterColumn[] = [
  { key: 'stt', number: 1, header: 'STT', render: (_, { stt }) => formatCount(stt) },
  {
    key: 'date',
    number: 2,
    header: 'Ngày tiếp',
    render: (visit) => (
      <>
        {formatLocalDate(visit.receivedAt)}
        <div className="muted">{visit.receivedAt.slice(11, 16)}</div>
      </>
    ),
  },
  {
    key: 'person',
    number: 3,
    header: 'Họ tên – Địa chỉ',
    render: (visit) => (
      <>
        <strong>{visit.fullName}</strong>
        {visit.address && <div className="muted">{visit.address}</div>}
      </>
    ),
  },
  { key: 'id', number: 4, header: 'CCCD/CMND/Hộ chiếu', render: (visit) => visit.idNumber ?? '' },
  {
    key: 'content',
    number: 5,
    header: 'Nội dung vụ việc',
    render: (visit) => (
      <>
        <div className="content-cell">{visit.content}</div>
        <div className="muted">
          <Link to={`/vu-viec/${visit.caseId}`} onClick={(event) => event.stopPropagation()}>
            {visit.caseCode}
          </Link>{' '}
          · {visit.isFirstReception ? 'Lần đầu' : 'Nhiều lần'}
        </div>
      </>
    ),
  },
  {
    key: 'classification',
    number: 6,
    header: 'Phân loại / Số người',
    render: (visit, { subjectLabel }) => (
      <>
        {CLASSIFICATION_LABELS[visit.classification]} / {formatCount(visit.headcount)}
        {visit.isGroup && <div className="badge small">Đoàn đông người</div>}
        {visit.subject && <div className="muted">{subjectLabel(visit.subject)}</div>}
      </>
    ),
  },
  {
    key: 'resolvedBy',
    number: 7,
    header: 'Cơ quan đã giải quyết',
    render: (visit) => visit.resolvedByBody ?? '',
  },
  {
    key: 'thuLy',
    number: 8,
    header: 'Thụ lý để giải quyết',
    render: (visit) => <Tick isOn={visit.handling === 'thu_ly'} />,
  },
  {
    key: 'traLai',
    number: 9,
    header: 'Trả lại đơn và hướng dẫn',
    render: (visit) => <Tick isOn={visit.handling === 'tra_lai_huong_dan'} />,
  },
  {
    key: 'chuyenDon',
    number: 10,
    header: 'Chuyển đơn',
    render: (visit) => (
      <Tick isOn={visit.handling === 'chuyen_don'}>
        {visit.forwardedTo && <div>{visit.forwardedTo}</div>}
      </Tick>
    ),
  },
  { key: 'tracking', number: 11, header: 'Theo dõi kết quả', render: (visit) => visit.resultTracking ?? '' },
  {
    key: 'note',
    number: 12,
    header: 'Ghi chú',
    render: (visit) => (
      <>
        {visit.refusalReason && (
          <div className="refused">
            <strong>Từ chối tiếp</strong>
            <div className="muted">{REFUSAL_LABELS[visit.refusalReason]}</div>
          </div>
        )}
        {visit.handling === 'tra_loi_truc_tiep' && <div>{HANDLING_LABELS.tra_loi_truc_tiep}</div>}
        {visit.note && <div>{visit.note}</div>}
        {visit.officerName && <div className="muted">Cán bộ: {visit.officerName}</div>}
      </>
    ),
  },
];
