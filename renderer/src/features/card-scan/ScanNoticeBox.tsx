import { useFormContext, useWatch } from 'react-hook-form';
import { GENDER_LABELS } from '../../../../shared/domain/classification';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import type { IntakeValues } from '../intake/intake-values';
import type { ScanNotice } from './use-card-scan';

/** What the last card scan read (or why it failed), and the check of a name sent without diacritics. */
export function ScanNoticeBox({ notice }: { notice: ScanNotice | null }) {
  const { register } = useFormContext<IntakeValues>();
  const asciiName = useWatch<IntakeValues, 'scannedAsciiName'>({ name: 'scannedAsciiName' });
  if (notice === null) return null;
  if (notice.kind === 'failed') {
    return (
      <p role="alert" className="notice error" aria-label="Kết quả quét thẻ">
        {notice.message}
      </p>
    );
  }
  const { card } = notice;
  return (
    <div role="status" className="notice" aria-label="Kết quả quét thẻ">
      <p>
        Đã đọc thẻ căn cước số {card.idNumber}
        {card.oldIdNumber && ` (CMND cũ ${card.oldIdNumber})`}: {card.fullName}, {GENDER_LABELS[card.gender]},
        sinh ngày {formatLocalDate(card.birthDate)}, cấp ngày {formatLocalDate(card.issuedOn)}.{' '}
        {notice.isReturning ? 'Công dân đã có trong sổ.' : 'Công dân chưa có trong sổ.'}
      </p>
      {asciiName !== '' && (
        <label className="checkbox">
          <input type="checkbox" {...register('isAsciiNameConfirmed')} /> Họ tên đúng là không dấu (
          {asciiName})
        </label>
      )}
    </div>
  );
}
