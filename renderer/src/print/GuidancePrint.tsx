import type { PrintSettings } from '../../../shared/contract/print';
import type { VisitDetail } from '../../../shared/contract/visits';
import { documentDateTime } from '../../../shared/domain/document-date';
import { DocumentHeader, documentNumber } from './DocumentHeader';
import { classificationWord, isHiddenOn, orBlank, printedPerson, upper } from './print-text';
import { SignatureBlock } from './SignatureBlock';
import { VisitPrintFrame } from './VisitPrintFrame';

const NOT_GUIDED =
  'Hướng xử lý của lượt tiếp này không phải trả lại đơn và hướng dẫn, nên không lập phiếu hướng dẫn.';

/** Phiếu hướng dẫn when hướng xử lý is "trả lại đơn và hướng dẫn": where the citizen should take the matter. */
export function GuidancePrint() {
  return (
    <VisitPrintFrame
      kind="guidance"
      unavailable={(visit) => (visit.handling !== 'tra_lai_huong_dan' ? NOT_GUIDED : null)}
    >
      {({ visit, settings }) => <GuidanceSheet visit={visit} settings={settings} />}
    </VisitPrintFrame>
  );
}

function GuidanceSheet({ visit, settings }: { visit: VisitDetail; settings: PrintSettings }) {
  const person = printedPerson(visit.person, isHiddenOn('guidance', visit));
  const office = settings.officeName || 'Bộ phận tiếp công dân';
  return (
    <>
      <DocumentHeader
        settings={settings}
        number={documentNumber(null, 'PHD', settings)}
        date={visit.receivedAt}
      />
      <h2 className="doc-title">PHIẾU HƯỚNG DẪN</h2>
      <p className="doc-subtitle">Về việc gửi đơn đến cơ quan có thẩm quyền giải quyết</p>
      <div className="doc-body">
        <p className="indent">
          Hồi {documentDateTime(visit.receivedAt)}, {office} đã tiếp ông (bà): {person.name}
        </p>
        <p>
          {person.idLabel}: {person.idNumber}. Địa chỉ: {person.address}
        </p>
        <p className="indent">
          Nội dung đơn {classificationWord(visit)}: {visit.content}
        </p>
        <p className="indent">
          Nội dung trên không thuộc thẩm quyền giải quyết của {office}. Căn cứ quy định của pháp luật,{' '}
          {office} trả lại đơn và hướng dẫn ông (bà) gửi đơn đến {orBlank(visit.forwardedTo)} để được xem xét,
          giải quyết theo quy định./.
        </p>
        {visit.note !== null && <p>Ghi chú: {visit.note}</p>}
      </div>
      <SignatureBlock
        left={{
          title: 'NGƯỜI NHẬN HƯỚNG DẪN',
          hint: '(Ký, ghi rõ họ tên)',
          name: person.isHidden ? null : person.name,
        }}
        right={{
          title: upper(settings.officerTitle || 'Cán bộ tiếp công dân'),
          hint: '(Ký, ghi rõ họ tên)',
          name: visit.officerName,
        }}
      />
    </>
  );
}
