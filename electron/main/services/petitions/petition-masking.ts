import type { PetitionDetail, PetitionView } from '../../../../shared/contract/petitions';
import { MASKED_NAME, maskPerson } from '../confidentiality';

/**
 * Luật Tố cáo Art. 9, 47, as the register applies it: a denunciation leaves main with its senders
 * hidden; `petitions:reveal` (leaders, administrators, reason audited) is the only way to see them.
 */
export function maskPetitionView<T extends PetitionView>(view: T): T {
  if (view.classification !== 'to_cao' || view.isAnonymous) return view;
  return { ...view, senderNames: MASKED_NAME, isIdentityMasked: true };
}

export function maskPetitionDetail(detail: PetitionDetail): PetitionDetail {
  if (detail.classification !== 'to_cao' || detail.isAnonymous) return detail;
  return { ...maskPetitionView(detail), senders: detail.senders.map(maskPerson) };
}
