import './petitions.css';
import { useParams } from 'react-router';
import type { PetitionDetail } from '../../../../shared/contract/petitions';
import { useCall } from '../../api/use-call';
import { PetitionForm, type PetitionFormValues } from './PetitionForm';
import { EMPTY_SENDER } from './SenderFields';

/** The form's values for a saved petition (a denunciation's senders arrive masked and are kept by main). */
function valuesOf(petition: PetitionDetail): PetitionFormValues {
  return {
    receivedOn: petition.receivedOn,
    source: petition.source,
    sourceBody: petition.sourceBody ?? '',
    isAnonymous: petition.isAnonymous,
    senders:
      petition.senders.length === 0
        ? [EMPTY_SENDER]
        : petition.senders.map((person) => ({
            fullName: person.fullName,
            idNumber: person.idNumber ?? '',
            phone: person.phone ?? '',
            address: person.address ?? '',
          })),
    classification: petition.classification,
    formSubject: petition.formSubject,
    level: petition.level ?? '',
    content: petition.content,
    note: petition.note ?? '',
  };
}

/** Sửa thông tin đơn: every changed field is audited old → new by main. */
export function EditPetitionPage() {
  const { id } = useParams();
  const petitionId = Number(id);
  const answer = useCall(
    'petitions:get',
    Number.isInteger(petitionId) && petitionId > 0 ? { id: petitionId } : null,
  );
  return (
    <section aria-labelledby="edit-petition-title" className="page">
      <h1 id="edit-petition-title">
        Sửa thông tin đơn {answer.data ? `số ${answer.data.incomingLabel}` : ''}
      </h1>
      {answer.error && (
        <p role="alert" className="notice error">
          {answer.error}
        </p>
      )}
      {answer.data === null ? (
        !answer.error && <p className="muted">Đang tải…</p>
      ) : (
        <PetitionForm initial={valuesOf(answer.data)} editId={answer.data.id} />
      )}
    </section>
  );
}
