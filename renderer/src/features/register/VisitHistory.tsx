import type { VisitHistoryEntry } from '../../../../shared/contract/visits';
import { formatLocalDateTime } from '../../../../shared/domain/local-time';
import { useCall } from '../../api/use-call';

const ACTIONS: Record<string, string> = {
  'visit.create': 'Tạo lượt tiếp',
  'visit.update': 'Sửa lượt tiếp',
  'visit.reveal': 'Xem thông tin người tố cáo',
  print: 'In giấy tờ',
};

/** Field names as officers read them in the history. */
const FIELD_LABELS: Record<string, string> = {
  receivedAt: 'Thời điểm tiếp',
  receptionKind: 'Hình thức tiếp',
  channel: 'Kênh tiếp',
  meetingRef: 'Mã cuộc họp trực tuyến',
  sessionId: 'Kỳ tiếp',
  headcount: 'Số người',
  classification: 'Phân loại',
  subject: 'Lĩnh vực',
  content: 'Nội dung vụ việc',
  resolvedByBody: 'Cơ quan đã giải quyết',
  handling: 'Hướng xử lý',
  forwardedTo: 'Nơi chuyển đơn',
  resultTracking: 'Theo dõi kết quả',
  note: 'Ghi chú',
  refusalReason: 'Từ chối tiếp',
  caseId: 'Vụ việc',
  'person.fullName': 'Họ và tên',
  'person.gender': 'Giới tính',
  'person.birthYear': 'Năm sinh',
  'person.idType': 'Loại giấy tờ',
  'person.idNumber': 'Số giấy tờ',
  'person.phone': 'Số điện thoại',
  'person.provinceCode': 'Tỉnh/thành phố',
  'person.communeCode': 'Xã/phường',
  'person.address': 'Địa chỉ',
  representatives: 'Người đại diện',
  documents: 'Tài liệu',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** "Lịch sử thay đổi": who created and edited the visit, each field's old → new value. */
export function VisitHistory({ visitId, version }: { visitId: number; version: number }) {
  const { data, error } = useCall('visits:history', { id: visitId }, version);
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">Lịch sử thay đổi</h2>
      {error && <p role="alert">{error}</p>}
      <ol aria-label="Lịch sử thay đổi" className="history">
        {(data ?? []).map((entry: VisitHistoryEntry, index) => (
          <li key={index}>
            <strong>{ACTIONS[entry.action] ?? entry.action}</strong> · {formatLocalDateTime(entry.at)} ·{' '}
            {entry.actor}
            {entry.changes.length > 0 && (
              <ul>
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    {FIELD_LABELS[change.field] ?? change.field}: {show(change.old)} → {show(change.new)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
