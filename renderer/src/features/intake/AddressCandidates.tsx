import type { AddressCandidate } from '../../../../shared/contract/reference';

interface AddressCandidatesProps {
  text: string;
  candidates: AddressCandidate[];
  onPick: (candidate: AddressCandidate) => void;
  onDismiss: () => void;
}

function placeOf(candidate: AddressCandidate): string {
  return [candidate.communeName, candidate.provinceName].filter(Boolean).join(', ');
}

/** What the address line was read as, each a one-click (or Enter) fill of province and commune. */
export function AddressCandidates({ text, candidates, onPick, onDismiss }: AddressCandidatesProps) {
  if (candidates.length === 0) return null;
  return (
    <div className="address-candidates field-wide" role="group" aria-label="Đơn vị hành chính gợi ý">
      {candidates.map((candidate) => {
        const place = placeOf(candidate);
        return (
          <div key={`${candidate.provinceCode}-${candidate.communeCode ?? ''}`} className="candidate">
            <span>
              {candidate.matchedAs === 'old' ? (
                <>
                  Địa chỉ cũ “{text}” nay thuộc: <strong>{place}</strong>
                </>
              ) : (
                <>
                  Thuộc: <strong>{place}</strong>
                </>
              )}
              {candidate.confidence === 'ambiguous' && <span className="muted"> (chưa chắc chắn)</span>}
            </span>
            <button
              type="button"
              className="small"
              aria-label={`Chọn ${place}`}
              onClick={() => onPick(candidate)}
            >
              Chọn
            </button>
          </div>
        );
      })}
      <button type="button" className="small secondary" onClick={onDismiss}>
        Bỏ qua
      </button>
    </div>
  );
}
