import { Link } from 'react-router';
import type { VisitDetail } from '../../../../shared/contract/visits';

/** The documents this visit can print, each a print route opened in the same window. */
export function VisitDocuments({ visit }: { visit: VisitDetail }) {
  const links = [
    { to: `/print/receipt/${visit.id}`, label: 'Giấy biên nhận (Mẫu 02)', show: true },
    { to: `/print/appointment/${visit.id}`, label: 'Phiếu hẹn', show: visit.refusalReason === null },
    { to: `/print/refusal/${visit.id}`, label: 'Thông báo từ chối tiếp', show: visit.refusalReason !== null },
    { to: `/print/forward/${visit.id}`, label: 'Phiếu chuyển đơn', show: visit.handling === 'chuyen_don' },
    {
      to: `/print/guidance/${visit.id}`,
      label: 'Phiếu hướng dẫn',
      show: visit.handling === 'tra_lai_huong_dan',
    },
    { to: `/print/visit/${visit.id}`, label: 'Tóm tắt lượt tiếp', show: true },
  ].filter((link) => link.show);
  return (
    <nav aria-label="In giấy tờ" className="print-links">
      <span>In giấy tờ:</span>
      {links.map((link) => (
        <Link key={link.to} to={link.to}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
