import type { PetitionView } from '../../../../shared/contract/petitions';
import { CLASSIFICATION_LABELS } from '../../../../shared/domain/classification';
import { PETITION_LEVEL_LABELS, PETITION_OUTCOME_LABELS } from '../../../../shared/domain/petitions';

/** "Khiếu nại – Lần 2". */
export function kindText(petition: Pick<PetitionView, 'classification' | 'level'>): string {
  const label = CLASSIFICATION_LABELS[petition.classification];
  return petition.level === null ? label : `${label} – ${PETITION_LEVEL_LABELS[petition.level]}`;
}

/** "Chuyển đơn: UBND huyện", or "Chưa xử lý". */
export function outcomeText(petition: Pick<PetitionView, 'outcome' | 'forwardedTo'>): string {
  if (petition.outcome === null) return 'Chưa xử lý';
  const label = PETITION_OUTCOME_LABELS[petition.outcome];
  return petition.forwardedTo === null ? label : `${label}: ${petition.forwardedTo}`;
}
