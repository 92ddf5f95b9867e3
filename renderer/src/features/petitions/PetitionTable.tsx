import { Link } from 'react-router';
import type { PetitionView } from '../../../../shared/contract/petitions';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import { PETITION_SOURCE_LABELS } from '../../../../shared/domain/petitions';
import { kindText, outcomeText } from './petition-text';

/** The registry's rows: số đến, dates, source, senders, kind, content, outcome and deadline. */
export function PetitionTable({ items, caption }: { items: PetitionView[]; caption: string }) {
  return (
    <table className="register petitions-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Số đến</th>
          <th scope="col">Ngày nhận</th>
          <th scope="col">Nguồn đơn</th>
          <th scope="col">Người đứng đơn</th>
          <th scope="col">Loại đơn</th>
          <th scope="col">Nội dung</th>
          <th scope="col">Kết quả xử lý</th>
          <th scope="col">Hạn xử lý</th>
        </tr>
      </thead>
      <tbody>
        {items.map((petition) => (
          <tr key={petition.id}>
            <td>
              <Link to={`/don-thu/${petition.id}`}>{petition.incomingLabel}</Link>
              {petition.duplicateOf !== null && <span className="badge">Trùng</span>}
            </td>
            <td>{formatLocalDate(petition.receivedOn)}</td>
            <td>{PETITION_SOURCE_LABELS[petition.source]}</td>
            <td>{petition.senderNames}</td>
            <td>{kindText(petition)}</td>
            <td className="content-cell">{petition.content}</td>
            <td>{outcomeText(petition)}</td>
            <td>
              {petition.handledOn === null && petition.dueOn !== null ? formatLocalDate(petition.dueOn) : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
