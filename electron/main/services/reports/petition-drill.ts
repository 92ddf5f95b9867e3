import type { Kysely } from 'kysely';
import type { DrillRecord } from '../../../../shared/contract/reports';
import { CLASSIFICATION_LABELS } from '../../../../shared/domain/classification';
import { formatDmy } from '../../../../shared/domain/periods';
import { FORM_SUBJECT_LABELS, PETITION_OUTCOME_LABELS } from '../../../../shared/domain/petitions';
import type { DB } from '../../db/schema';
import { maskPetitionView } from '../petitions/petition-masking';
import { petitionsByIds } from '../petitions/petition-queries';
import { inIdOrder } from './drill-order';

/** The petitions behind a Biểu 02/XLD figure, in the order given; a denouncer's name masked as the registry does. */
export async function petitionRecords(db: Kysely<DB>, ids: number[]): Promise<DrillRecord[]> {
  const views = (await petitionsByIds(db, ids)).map(maskPetitionView);
  return inIdOrder(ids, views, (view) => {
    const parts = [
      CLASSIFICATION_LABELS[view.classification],
      FORM_SUBJECT_LABELS[view.formSubject],
      view.outcome === null ? 'chưa xử lý' : PETITION_OUTCOME_LABELS[view.outcome],
      ...(view.caseCode ? [`vụ việc ${view.caseCode}`] : []),
    ];
    return {
      id: view.id,
      date: formatDmy(view.receivedOn),
      title: `Đơn số ${view.incomingLabel} · ${view.senderNames}`,
      detail: parts.join(' · '),
      link: `/don-thu/${view.id}`,
    };
  });
}
