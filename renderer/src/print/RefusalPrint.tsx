import type { PrintSettings } from '../../../shared/contract/print';
import type { VisitDetail } from '../../../shared/contract/visits';
import { documentDateTime } from '../../../shared/domain/document-date';
import { REFUSAL_CLAUSES } from '../../../shared/domain/print-documents';
import { REFUSAL_LABELS } from '../../../shared/domain/subjects';
import { DocumentHeader, documentNumber } from './DocumentHeader';
import { isHiddenOn, printedPerson, upper } from './print-text';
import { Recipients, SignatureBlock } from './SignatureBlock';
import { VisitPrintFrame } from './VisitPrintFrame';

const NO_REASON = 'Lượt tiếp này không ghi lý do từ chối tiếp, nên không lập được thông báo từ chối.';

/** Thông báo từ chối tiếp công dân, with its legal ground (Luật Tiếp công dân Art. 9). */
export function RefusalPrint() {
  return (
    <VisitPrintFrame
      kind="refusal"
      unavailable={(visit) => (visit.refusalReason === null ? NO_REASON : null)}
    >
      {({ visit, settings }) => <RefusalSheet visit={visit} settings={settings} />}
    </VisitPrintFrame>
  );
}

function RefusalSheet({ visit, settings }: { visit: VisitDetail; settings: PrintSettings }) {
  const person = printedPerson(visit.person, isHiddenOn('refusal', visit));
  const office = settings.officeName || 'Bộ phận tiếp công dân';
  const reason = visit.refusalReason ?? 'khac';
  return (
    <>
      <DocumentHeader
        settings={settings}
        number={documentNumber(null, 'TB', settings)}
        date={visit.receivedAt}
      />
      <h2 className="doc-title">THÔNG BÁO</h2>
      <p className="doc-subtitle">Về việc từ chối tiếp công dân</p>
      <div className="doc-body">
        <p className="indent">Căn cứ Điều 9 Luật Tiếp công dân số 42/2013/QH13;</p>
        <p className="indent">
          Căn cứ Thông tư số 04/2021/TT-TTCP của Thanh tra Chính phủ quy định quy trình tiếp công dân;
        </p>
        <p className="indent">
          Hồi {documentDateTime(visit.receivedAt)}, {office} từ chối tiếp ông (bà): {person.name}
        </p>
        <p>
          {person.idLabel}: {person.idNumber}. Địa chỉ: {person.address}
        </p>
        <p className="indent">
          Lý do từ chối: {REFUSAL_LABELS[reason]} (khoản {REFUSAL_CLAUSES[reason]} Điều 9 Luật Tiếp công dân).
        </p>
        <p className="indent">{office} thông báo để ông (bà) được biết./.</p>
      </div>
      <SignatureBlock
        left={
          <Recipients
            lines={[
              `- ${person.isHidden ? 'Người đến trình bày' : `Ông (bà) ${person.name}`};`,
              '- Lưu: VT, hồ sơ.',
            ]}
          />
        }
        right={{
          title: upper(settings.headTitle),
          hint: '(Ký, ghi rõ họ tên, đóng dấu)',
          name: settings.headName,
        }}
      />
    </>
  );
}
