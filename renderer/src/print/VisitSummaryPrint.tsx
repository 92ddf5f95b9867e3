import type { PrintSettings } from '../../../shared/contract/print';
import type { VisitDetail } from '../../../shared/contract/visits';
import {
  CHANNEL_LABELS,
  CLASSIFICATION_LABELS,
  GENDER_LABELS,
  HANDLING_LABELS,
  RECEPTION_KIND_LABELS,
} from '../../../shared/domain/classification';
import { formatLocalDateTime } from '../../../shared/domain/local-time';
import { HIDDEN_VALUE } from '../../../shared/domain/print-documents';
import { REFUSAL_LABELS, SUBJECT_LABELS, type SubjectCode } from '../../../shared/domain/subjects';
import { DocumentHeader } from './DocumentHeader';
import { RevealPanel } from './RevealPanel';
import { isHiddenOn, printedPerson, upper } from './print-text';
import { DocumentItems } from './ReceiptPrint';
import { SignatureBlock } from './SignatureBlock';
import { VisitPrintFrame } from './VisitPrintFrame';

/**
 * Phiếu thông tin lượt tiếp, for the case file. A tố cáo's denouncer is hidden unless revealed through
 * `?reveal=<reason>` and main sent the data unmasked; the sheet is then marked MẬT.
 */
export function VisitSummaryPrint() {
  return (
    <VisitPrintFrame kind="visit">
      {({ visit, settings, isRevealRequested }) => (
        <VisitSheet visit={visit} settings={settings} isRevealRequested={isRevealRequested} />
      )}
    </VisitPrintFrame>
  );
}

interface SheetProps {
  visit: VisitDetail;
  settings: PrintSettings;
  isRevealRequested: boolean;
}

function VisitSheet({ visit, settings, isRevealRequested }: SheetProps) {
  const isHidden = isHiddenOn('visit', visit, isRevealRequested);
  const isSecret = visit.classification === 'to_cao' && !isHidden;
  return (
    <>
      {visit.isIdentityMasked && <RevealPanel />}
      {isSecret && <p className="secret-mark">MẬT</p>}
      <DocumentHeader settings={settings} number={null} date={visit.receivedAt} />
      <h2 className="doc-title">PHIẾU THÔNG TIN LƯỢT TIẾP CÔNG DÂN</h2>
      <p className="doc-subtitle">
        Lượt tiếp số {visit.id} – Vụ việc {visit.caseCode}
      </p>
      <table className="doc-table doc-facts" aria-label="Thông tin lượt tiếp">
        <tbody>
          {visitFacts(visit, isHidden).map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Tài liệu nhận:</p>
      <DocumentItems visit={visit} />
      <SignatureBlock
        left={<div />}
        right={{ title: upper('Người lập phiếu'), hint: '(Ký, ghi rõ họ tên)', name: visit.officerName }}
      />
    </>
  );
}

function personFacts(visit: VisitDetail, isHidden: boolean): [string, string][] {
  const person = printedPerson(visit.person, isHidden);
  const p = visit.person;
  const others = visit.representatives.map((r) => r.fullName).join('; ');
  return [
    ['Họ và tên', person.name],
    [
      'Giới tính, năm sinh',
      isHidden ? HIDDEN_VALUE : [p.gender && GENDER_LABELS[p.gender], p.birthYear].filter(Boolean).join(', '),
    ],
    [person.idLabel, person.idNumber],
    ['Số điện thoại', isHidden ? HIDDEN_VALUE : (p.phone ?? '')],
    ['Địa chỉ', person.address],
    ['Người đại diện khác', isHidden && others !== '' ? HIDDEN_VALUE : others],
  ];
}

/** The visit's facts as label–value rows; a hidden identity shows only the hidden marks. */
export function visitFacts(visit: VisitDetail, isHidden: boolean): [string, string][] {
  const subject = visit.subject as SubjectCode | null;
  return [
    ['Thời gian tiếp', formatLocalDateTime(visit.receivedAt)],
    ['Hình thức tiếp', RECEPTION_KIND_LABELS[visit.receptionKind]],
    // Online reception (Luật 136/2025): the channel, and the meeting it took place in.
    [
      'Kênh tiếp',
      visit.meetingRef === null
        ? CHANNEL_LABELS[visit.channel]
        : `${CHANNEL_LABELS[visit.channel]} (${visit.meetingRef})`,
    ],
    ['Cán bộ tiếp', visit.officerName ?? ''],
    ['Vụ việc', `${visit.caseCode} (${visit.isFirstReception ? 'tiếp lần đầu' : 'tiếp nhiều lần'})`],
    ...personFacts(visit, isHidden),
    ['Số người', String(visit.headcount)],
    ['Phân loại', CLASSIFICATION_LABELS[visit.classification]],
    ['Lĩnh vực', subject === null ? '' : (SUBJECT_LABELS[subject] ?? subject)],
    ['Nội dung vụ việc', visit.content],
    ['Cơ quan đã giải quyết', visit.resolvedByBody ?? ''],
    ['Hướng xử lý', visit.handling === null ? '' : HANDLING_LABELS[visit.handling]],
    ['Nơi chuyển đơn, hướng dẫn', visit.forwardedTo ?? ''],
    ['Từ chối tiếp', visit.refusalReason === null ? '' : REFUSAL_LABELS[visit.refusalReason]],
    ['Theo dõi kết quả', visit.resultTracking ?? ''],
    ['Ghi chú', visit.note ?? ''],
  ];
}
