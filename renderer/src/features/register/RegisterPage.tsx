import { CLASSIFICATION_LABELS } from '../../../../shared/domain/classification';
import { formatLocalDateTime } from '../../../../shared/domain/local-time';
import { formatCount } from '../../../../shared/domain/number-format';
import { useVisits } from './use-visits';

/** Sổ tiếp công dân (Mẫu 03, TT 04/2021): the columns this version records, newest first. */
export function RegisterPage() {
  const { items, total, error, isLoading, loadMore, hasMore } = useVisits();
  return (
    <section aria-labelledby="register-title" className="page">
      <h1 id="register-title">Sổ tiếp công dân</h1>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <p className="muted">
        {isLoading
          ? 'Đang tải…'
          : `Tổng số ${formatCount(total)} lượt tiếp; đang hiển thị ${formatCount(items.length)}.`}
      </p>
      {!isLoading && total === 0 ? (
        <p className="notice">Sổ chưa có lượt tiếp nào. Hãy ghi lượt tiếp đầu tiên ở trang Tiếp nhận.</p>
      ) : (
        <table className="register" aria-label="Sổ tiếp công dân">
          <thead>
            <tr>
              <th scope="col">STT</th>
              <th scope="col">Ngày tiếp</th>
              <th scope="col">Họ tên – Địa chỉ</th>
              <th scope="col">CCCD/CMND/Hộ chiếu</th>
              <th scope="col">Nội dung vụ việc</th>
              <th scope="col">Phân loại / Số người</th>
              <th scope="col">Vụ việc</th>
            </tr>
          </thead>
          <tbody>
            {items.map((visit, index) => (
              <tr key={visit.id}>
                <td>{total - index}</td>
                <td>{formatLocalDateTime(visit.receivedAt)}</td>
                <td>
                  <strong>{visit.fullName}</strong>
                  {visit.address && <div className="muted">{visit.address}</div>}
                </td>
                <td>{visit.idNumber ?? ''}</td>
                <td className="content-cell">{visit.content}</td>
                <td>
                  {CLASSIFICATION_LABELS[visit.classification]} / {visit.headcount}
                </td>
                <td>
                  {visit.caseCode}
                  <div className="muted">{visit.isFirstReception ? 'Lần đầu' : 'Nhiều lần'}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasMore && (
        <button type="button" className="secondary" onClick={() => void loadMore()}>
          Xem thêm
        </button>
      )}
    </section>
  );
}
