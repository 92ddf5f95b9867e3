import { useParams, useSearchParams } from 'react-router';
import type { PrintKind } from '../../../shared/domain/print-documents';
import { useCall } from '../api/use-call';

/** Documents on which a leader may reveal a denouncer's identity: their own receipt and the file summary. */
const REVEALABLE: readonly PrintKind[] = ['receipt', 'visit'];

/**
 * The visit of `/print/<kind>/:visitId` and the print settings, loaded together. With `?reveal=<reason>`
 * on a revealable document the visit comes from `visits:reveal` (main checks the role and audits the
 * reason); otherwise from `visits:get`, masked by main for a tố cáo.
 */
export function useVisitDocument(kind: PrintKind) {
  const { visitId } = useParams();
  const [search] = useSearchParams();
  const id = Number(visitId);
  const isValidId = Number.isInteger(id) && id > 0;
  const reason = REVEALABLE.includes(kind) ? (search.get('reveal')?.trim() ?? '') : '';
  const isRevealed = reason !== '';
  const plain = useCall('visits:get', isValidId && !isRevealed ? { id } : null);
  const revealed = useCall('visits:reveal', isValidId && isRevealed ? { id, reason } : null);
  const visit = isRevealed ? revealed : plain;
  const settings = useCall('settings:print', {});
  const error = isValidId ? (visit.error ?? settings.error) : 'Đường dẫn thiếu số lượt tiếp.';
  return {
    visitId: isValidId ? id : null,
    visit: visit.data,
    settings: settings.data,
    error,
    isRevealRequested: isRevealed,
  };
}
