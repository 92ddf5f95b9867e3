import type { PrintSettings } from '../../../shared/contract/print';
import { placeDateLine } from '../../../shared/domain/document-date';
import { upper } from './print-text';

interface DocumentHeaderProps {
  settings: PrintSettings;
  /** "Số: 12/GBN-TCD"; null leaves no number line (the register). */
  number: string | null;
  /** yyyy-mm-dd or stored ISO text of the document's date. */
  date: string;
}

/**
 * NĐ 30/2020 header: the upstream body over the office name (left, with a short rule under it) and the
 * national motto (right, the second line underlined), then số/ký hiệu and the place-and-date line.
 */
export function DocumentHeader({ settings, number, date }: DocumentHeaderProps) {
  return (
    <header className="doc-header">
      <div>
        {settings.upstreamBody.trim() !== '' && (
          <p className="agency-upstream">{upper(settings.upstreamBody)}</p>
        )}
        <p className="agency-name">{upper(settings.officeName) || 'BỘ PHẬN TIẾP CÔNG DÂN'}</p>
        {number !== null && <p>{number}</p>}
      </div>
      <div>
        <p className="motto-country">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
        <p className="motto-line">
          <span>Độc lập – Tự do – Hạnh phúc</span>
        </p>
        <p className="place-date">{placeDateLine(settings.placeName, date)}</p>
      </div>
    </header>
  );
}

/** Số/ký hiệu: "Số: 12/GBN-TCD"; a blank number for the văn thư to fill when `id` is null. */
export function documentNumber(id: number | null, code: string, settings: PrintSettings): string {
  const suffix = settings.referenceSuffix.trim();
  return `Số: ${id === null ? '……' : id}/${code}${suffix === '' ? '' : `-${suffix}`}`;
}
