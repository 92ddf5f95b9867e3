import { useSearchParams } from 'react-router';
import type { PrintSettings } from '../../../shared/contract/print';
import type { VisitView } from '../../../shared/contract/visits';
import { CLASSIFICATION_LABELS, HANDLING_LABELS } from '../../../shared/domain/classification';
import { toLocalDate, formatLocalDate } from '../../../shared/domain/local-time';
import { HIDDEN_IDENTITY, HIDDEN_VALUE, isIdentityHidden } from '../../../shared/domain/print-documents';
import { REFUSAL_LABELS } from '../../../shared/domain/subjects';
import { useCall } from '../api/use-call';
import { DocumentHeader } from './DocumentHeader';
import { PrintFrame } from './PrintFrame';
import { upper } from './print-text';
import { SignatureBlock } from './SignatureBlock';
import { useRegisterRows } from './use-register-rows';

/** Sổ tiếp công dân for a period (Mẫu số 03, TT 04/2021), A4 landscape, oldest reception first. */
export function RegisterPrint() {
  const [search] = useSearchParams();
  const from = search.get('from');
  const to = search.get('to');
  const { rows, error } = useRegisterRows(from, to);
  const settings = useCall('settings:print', {});
  const data = settings.data;
  return (
    <PrintFrame
      kind="register"
      entityId={`${from ?? ''}..${to ?? ''}`}
      isReady={rows !== null && data !== null}
      error={error ?? settings.error}
      rememberedPrinter={data?.printers.register ?? ''}
    >
      {rows !== null && data !== null && (
        <RegisterSheet rows={rows} settings={data} from={from ?? ''} to={to ?? ''} />
      )}
    </PrintFrame>
  );
}

interface SheetProps {
  rows: VisitView[];
  settings: PrintSettings;
  from: string;
  to: string;
}

function RegisterSheet({ rows, settings, from, to }: SheetProps) {
  return (
    <>
      <DocumentHeader settings={settings} number={null} date={toLocalDate(new Date())} />
      <h2 className="doc-title">SỔ TIẾP CÔNG DÂN</h2>
      <p className="doc-subtitle">
        Từ ngày {formatLocalDate(from)} đến ngày {formatLocalDate(to)}
      </p>
      <table className="doc-table doc-register" aria-label="Sổ tiếp công dân">
        <RegisterHead />
        <tbody>
          {rows.map((row, index) => (
            <RegisterRow key={row.id} row={row} index={index} />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>Không có lượt tiếp nào trong kỳ.</p>}
      <p>Tổng số: {rows.length} lượt tiếp.</p>
      <SignatureBlock
        left={{ title: 'NGƯỜI LẬP SỔ', hint: '(Ký, ghi rõ họ tên)', name: null }}
        right={{
          title: upper(settings.headTitle),
          hint: '(Ký, ghi rõ họ tên, đóng dấu)',
          name: settings.headName,
        }}
      />
    </>
  );
}

/** Column widths (%) of the twelve Mẫu 03 columns on landscape A4. */
const COLUMN_WIDTHS = [3, 8, 14, 10, 15, 6, 8, 5, 5, 9, 7, 10];

/** Column headings and the number row (1)…(12) of Mẫu 03 (DOMAIN §3). */
function RegisterHead() {
  const numbers = Array.from({ length: 12 }, (_, i) => `(${i + 1})`);
  return (
    <>
      <colgroup>
        {COLUMN_WIDTHS.map((width, index) => (
          <col key={index} style={{ width: `${width}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th rowSpan={2}>STT</th>
          <th rowSpan={2}>Ngày tiếp</th>
          <th rowSpan={2}>Họ tên – Địa chỉ</th>
          <th rowSpan={2}>CMND/Hộ chiếu</th>
          <th rowSpan={2}>Nội dung vụ việc</th>
          <th rowSpan={2}>Phân loại đơn/Số người</th>
          <th rowSpan={2}>Cơ quan đã giải quyết</th>
          <th colSpan={3}>Hướng xử lý</th>
          <th rowSpan={2}>Theo dõi kết quả giải quyết</th>
          <th rowSpan={2}>Ghi chú</th>
        </tr>
        <tr>
          <th>Thụ lý để giải quyết</th>
          <th>Trả lại đơn và hướng dẫn</th>
          <th>Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền</th>
        </tr>
        <tr>
          {numbers.map((n) => (
            <th key={n}>{n}</th>
          ))}
        </tr>
      </thead>
    </>
  );
}

/** Column 12: the officer's note, plus what no other column carries (direct answer, refusal). */
function noteOf(row: VisitView): string {
  const parts = [row.note ?? ''];
  if (row.handling === 'tra_loi_truc_tiep') parts.push(HANDLING_LABELS.tra_loi_truc_tiep);
  if (row.refusalReason !== null) parts.push(`Từ chối tiếp: ${REFUSAL_LABELS[row.refusalReason]}`);
  return parts.filter((part) => part !== '').join('. ');
}

function RegisterRow({ row, index }: { row: VisitView; index: number }) {
  const isHidden = isIdentityHidden('register', row.classification);
  return (
    <tr>
      <td className="center">{index + 1}</td>
      <td className="center">{formatLocalDate(row.receivedAt)}</td>
      <td>{isHidden ? HIDDEN_IDENTITY : [row.fullName, row.address].filter(Boolean).join(' – ')}</td>
      <td>{isHidden ? HIDDEN_VALUE : (row.idNumber ?? '')}</td>
      <td>{row.content}</td>
      <td className="center">
        {CLASSIFICATION_LABELS[row.classification]}/{row.headcount}
      </td>
      <td>{row.resolvedByBody ?? ''}</td>
      <td className="center">{row.handling === 'thu_ly' ? 'x' : ''}</td>
      <td className="center">{row.handling === 'tra_lai_huong_dan' ? 'x' : ''}</td>
      <td>{row.handling === 'chuyen_don' ? (row.forwardedTo ?? 'x') : ''}</td>
      <td>{row.resultTracking ?? ''}</td>
      <td>{noteOf(row)}</td>
    </tr>
  );
}
