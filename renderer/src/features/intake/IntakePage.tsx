import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { VisitView } from '../../../../shared/contract/visits';
import { CLASSIFICATION_LABELS } from '../../../../shared/domain/classification';
import { IntakeForm } from './IntakeForm';
import { submitOutcome } from './submit-outcome';
import { ticketToValues } from './ticket-values';
import { useSaveVisit } from './use-save-visit';
import { useTicket } from './use-ticket';

/**
 * Tiếp nhận. Opened from the queue (`?ticket=`), the form starts filled with the ticket's data and
 * saving the visit finishes the ticket and links the two.
 */
export function IntakePage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const ticketParam = search.get('ticket');
  const ticketId = ticketParam !== null && /^\d+$/.test(ticketParam) ? Number(ticketParam) : null;
  const { ticket, error: ticketError } = useTicket(ticketId);
  const { save, isSaving } = useSaveVisit(null);
  const [saved, setSaved] = useState<VisitView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = (input: unknown) =>
    submitOutcome(
      () => save(ticket ? { ...(input as object), ticketId: ticket.id } : input),
      (visit) => {
        setSaved(visit);
        setFailure(null);
        if (ticket) void navigate('/tiep-nhan', { replace: true });
      },
      (message) => {
        setSaved(null);
        setFailure(message);
      },
    );

  const isWaitingForTicket = ticketId !== null && ticket === null && ticketError === null;
  return (
    <section aria-labelledby="intake-title" className="page">
      <h1 id="intake-title">Tiếp nhận công dân</h1>
      {ticket && (
        <p className="notice" aria-label="Số đang tiếp">
          Đang tiếp số {ticket.code} ({ticket.lineLabel}); lưu lượt tiếp sẽ hoàn tất số này.
        </p>
      )}
      {ticketError && (
        <p role="alert" className="notice error">
          {ticketError}
        </p>
      )}
      {saved && (
        <p role="status" className="notice success">
          Đã lưu lượt tiếp của {saved.fullName} ({CLASSIFICATION_LABELS[saved.classification]}), vụ việc{' '}
          {saved.caseCode}.
        </p>
      )}
      {failure && (
        <p role="alert" className="notice error">
          {failure}
        </p>
      )}
      {!isWaitingForTicket && (
        <IntakeForm
          key={ticket?.id ?? 'new'}
          mode="create"
          {...(ticket ? { initialValues: ticketToValues(ticket) } : {})}
          initialScan={ticket?.cardPayload ?? null}
          officerName={saved?.officerName ?? null}
          isSaving={isSaving}
          onSubmit={onSubmit}
        />
      )}
    </section>
  );
}
