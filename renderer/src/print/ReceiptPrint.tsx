import type { PrintSettings } from '../../../shared/contract/print';
import type { VisitDetail } from '../../../shared/contract/visits';
import { documentDateTime, twoDigits } from '../../../shared/domain/document-date';
import { DocumentHeader, documentNumber } from './DocumentHeader';
import { RevealPanel } from './RevealPanel';
import { isHiddenOn, orBlank, printedPerson } from './print-text';
import { SignatureBlock } from './SignatureBlock';
import { VisitPrintFrame } from './VisitPrintFrame';

/** "Lập thành … bản": the setting for denunciations (default 3) or for the rest (default 2). */
export function receiptCopies(visit: VisitDetail, settings: PrintSettings): number {
  return visit.classification === 'to_cao' ? settings.receiptCopiesDenunciation : settings.receiptCopies;
}

/**
 * Giấy biên nhận thông tin, tài liệu, bằng chứng (Mẫu số 02, TT 04/2021): the denouncer's own copy, so a
 * tố cáo's identity is printed in full here (unless main masked it for this user's role).
 */
export function ReceiptPrint() {
  return (
    <VisitPrintFrame kind="receipt" copies={receiptCopies}>
      {({ visit, settings }) => <ReceiptSheet visit={visit} settings={settings} />}
    </VisitPrintFrame>
  );
}

function ReceiptSheet({ visit, settings }: { visit: VisitDetail; settings: PrintSettings }) {
  const person = printedPerson(visit.person, isHiddenOn('receipt', visit));
  const copies = twoDigits(receiptCopies(visit, settings));
  return (
    <>
      {visit.isIdentityMasked && <RevealPanel />}
      <DocumentHeader
        settings={settings}
        number={documentNumber(visit.id, 'GBN', settings)}
        date={visit.receivedAt}
      />
      <h2 className="doc-title">GIẤY BIÊN NHẬN</h2>
      <p className="doc-subtitle">Thông tin, tài liệu, bằng chứng</p>
      <div className="doc-body">
        <p className="indent">
          Hồi {documentDateTime(visit.receivedAt)}, tại:{' '}
          {orBlank(settings.officeAddress || settings.officeName)}
        </p>
        <p>
          Tôi là: {orBlank(visit.officerName)}. Chức vụ: {orBlank(settings.officerTitle)}
        </p>
        <p>Đã nhận được của ông (bà): {person.name}</p>
        <p>
          {person.idLabel}: {person.idNumber}; ngày cấp: ……………; nơi cấp: ……………
        </p>
        <p>Địa chỉ: {person.address}</p>
        <p>Các thông tin, tài liệu, bằng chứng sau:</p>
        <DocumentItems visit={visit} />
        <p className="indent">
          Giấy biên nhận được lập thành {copies} bản, giao cho người cung cấp thông tin, tài liệu, bằng chứng
          01 bản./.
        </p>
      </div>
      <SignatureBlock
        left={{
          title: 'NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU, BẰNG CHỨNG',
          hint: '(Ký, ghi rõ họ tên)',
          name: person.isHidden ? null : person.name,
        }}
        right={{
          title: 'NGƯỜI NHẬN',
          hint: '(Ký, ghi rõ họ tên, đóng dấu – nếu có)',
          name: visit.officerName,
        }}
      />
    </>
  );
}

/** The numbered items: name, pages, original or copy, condition. */
export function DocumentItems({ visit }: { visit: VisitDetail }) {
  if (visit.documents.length === 0) return <p>(Không có tài liệu kèm theo.)</p>;
  return (
    <table className="doc-table" aria-label="Danh mục tài liệu">
      <thead>
        <tr>
          <th>STT</th>
          <th>Tên thông tin, tài liệu, bằng chứng</th>
          <th>Số trang</th>
          <th>Bản chính/bản sao</th>
          <th>Tình trạng</th>
        </tr>
      </thead>
      <tbody>
        {visit.documents.map((doc, index) => (
          <tr key={doc.id}>
            <td className="center">{index + 1}</td>
            <td>{doc.name}</td>
            <td className="center">{doc.pages ?? ''}</td>
            <td className="center">{doc.isOriginal ? 'Bản chính' : 'Bản sao'}</td>
            <td>{doc.condition ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
