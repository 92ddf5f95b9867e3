import type { PrintSettings } from '../../../shared/contract/print';
import type { VisitDetail } from '../../../shared/contract/visits';
import { documentDate } from '../../../shared/domain/document-date';
import { DocumentHeader, documentNumber } from './DocumentHeader';
import { classificationWord, isHiddenOn, orBlank, printedPerson, upper } from './print-text';
import { DocumentItems } from './ReceiptPrint';
import { Recipients, SignatureBlock } from './SignatureBlock';
import { VisitPrintFrame } from './VisitPrintFrame';

const NOT_FORWARDED = 'Hướng xử lý của lượt tiếp này không phải chuyển đơn, nên không lập phiếu chuyển đơn.';

/** Phiếu chuyển đơn (TT 05/2021) when hướng xử lý is chuyển đơn; a tố cáo's denouncer stays hidden. */
export function ForwardPrint() {
  return (
    <VisitPrintFrame
      kind="forward"
      unavailable={(visit) => (visit.handling !== 'chuyen_don' ? NOT_FORWARDED : null)}
    >
      {({ visit, settings }) => <ForwardSheet visit={visit} settings={settings} />}
    </VisitPrintFrame>
  );
}

function ForwardSheet({ visit, settings }: { visit: VisitDetail; settings: PrintSettings }) {
  const person = printedPerson(visit.person, isHiddenOn('forward', visit));
  const office = settings.officeName || 'Bộ phận tiếp công dân';
  const target = orBlank(visit.forwardedTo);
  const from = person.isHidden
    ? lowerFirst(person.name)
    : `ông (bà) ${person.name}, địa chỉ: ${person.address}`;
  return (
    <>
      <DocumentHeader
        settings={settings}
        number={documentNumber(null, 'PC', settings)}
        date={visit.receivedAt}
      />
      <h2 className="doc-title">PHIẾU CHUYỂN ĐƠN</h2>
      <p className="doc-subtitle">Kính gửi: {target}</p>
      <div className="doc-body">
        <p className="indent">
          {capitalize(documentDate(visit.receivedAt))}, {office} nhận được đơn {classificationWord(visit)} của{' '}
          {from}.
        </p>
        <p className="indent">Nội dung đơn: {visit.content}</p>
        <p className="indent">
          Sau khi xem xét nội dung đơn, căn cứ quy định của pháp luật, {office} chuyển đơn đến {target} để xem
          xét, giải quyết theo thẩm quyền.
        </p>
        {visit.classification === 'to_cao' && (
          <p className="indent">
            Đề nghị {target} giữ bí mật họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của người tố
            cáo theo quy định của Luật Tố cáo.
          </p>
        )}
        {visit.documents.length > 0 && <p>Tài liệu kèm theo:</p>}
        {visit.documents.length > 0 && <DocumentItems visit={visit} />}
      </div>
      <SignatureBlock
        left={
          <Recipients
            lines={[
              '- Như trên;',
              `- ${person.isHidden ? 'Người tố cáo' : `Ông (bà) ${person.name}`} (để biết);`,
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

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
