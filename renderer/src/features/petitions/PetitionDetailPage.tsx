import './petitions.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PetitionDetail } from '../../../../shared/contract/petitions';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import {
  COMPETENCE_LABELS,
  ELIGIBILITY_LABELS,
  FORM_SUBJECT_LABELS,
  PETITION_OUTCOME_LABELS,
  PETITION_SOURCE_LABELS,
} from '../../../../shared/domain/petitions';
import { formatCount } from '../../../../shared/domain/number-format';
import { useCall } from '../../api/use-call';
import { AttachmentForm } from './AttachmentForm';
import { HandlingForm } from './HandlingForm';
import { kindText, outcomeText } from './petition-text';
import { ReplyForm } from './ReplyForm';
import { RevealSenders } from './RevealSenders';

/** The slip printed for each outcome (TT 05/2021). */
const SLIPS: Partial<Record<NonNullable<PetitionDetail['outcome']>, { kind: string; label: string }>> = {
  thu_ly: { kind: 'petitionaccept', label: 'In phiếu đề xuất thụ lý đơn (Mẫu 01)' },
  huong_dan: { kind: 'petitionguide', label: 'In phiếu hướng dẫn' },
  chuyen_don: { kind: 'petitionforward', label: 'In phiếu chuyển đơn' },
};

function Facts({ petition }: { petition: PetitionDetail }) {
  const rows: [string, string][] = [
    ['Số đến', petition.incomingLabel],
    ['Ngày nhận', formatLocalDate(petition.receivedOn)],
    [
      'Nguồn đơn',
      PETITION_SOURCE_LABELS[petition.source] + (petition.sourceBody ? `: ${petition.sourceBody}` : ''),
    ],
    ['Người đứng đơn', petition.senderNames],
    ['Loại đơn', kindText(petition)],
    ['Lĩnh vực', FORM_SUBJECT_LABELS[petition.formSubject]],
    ['Nội dung', petition.content],
    ['Vụ việc', petition.caseCode ?? ''],
    ['Hạn xử lý', petition.dueOn === null ? '' : formatLocalDate(petition.dueOn)],
    ['Kết quả xử lý', outcomeText(petition)],
  ];
  return (
    <dl className="petition-facts" aria-label="Thông tin đơn">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function History({ petition }: { petition: PetitionDetail }) {
  if (petition.steps.length === 0) return <p className="muted">Đơn chưa được xử lý.</p>;
  return (
    <ol className="history" aria-label="Quá trình xử lý">
      {petition.steps.map((step) => (
        <li key={step.id}>
          {formatLocalDate(step.decidedOn)}: {ELIGIBILITY_LABELS[step.eligibility]}
          {step.competence ? `, ${COMPETENCE_LABELS[step.competence].toLocaleLowerCase('vi')}` : ''}
          {step.ineligibleReason ? ` (${step.ineligibleReason})` : ''} →{' '}
          {PETITION_OUTCOME_LABELS[step.outcome]}
          {step.forwardedTo ? ` ${step.forwardedTo}` : ''} — {step.officerName}
        </li>
      ))}
    </ol>
  );
}

/** One petition: its facts, handling and history, the slip to print, replies and attachments. */
export function PetitionDetailPage() {
  const { id } = useParams();
  const petitionId = Number(id);
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const answer = useCall('petitions:get', Number.isInteger(petitionId) ? { id: petitionId } : null, version);
  const petition = answer.data;
  if (answer.error) {
    return (
      <p role="alert" className="notice error">
        {answer.error}
      </p>
    );
  }
  if (petition === null) return <p className="muted">Đang tải…</p>;
  const slip = petition.outcome === null ? undefined : SLIPS[petition.outcome];
  return (
    <section aria-labelledby="petition-title" className="page">
      <h1 id="petition-title">Đơn số {petition.incomingLabel}</h1>
      <p>
        <Link to="/don-thu">← Sổ đơn thư</Link>
        {' · '}
        <Link to={`/don-thu/${petition.id}/sua`}>Sửa thông tin đơn</Link>
        {petition.caseId !== null && (
          <>
            {' · '}
            <Link to={`/vu-viec/${petition.caseId}`}>Vụ việc {petition.caseCode}</Link>
          </>
        )}
      </p>
      {petition.duplicateOf !== null && (
        <p className="notice" role="status">
          Đơn trùng nội dung với một đơn đã nhận của cùng người gửi; đơn chỉ được chuyển một lần.
        </p>
      )}
      <Facts petition={petition} />
      {petition.isIdentityMasked && <RevealSenders petitionId={petition.id} />}
      {slip && (
        <p className="print-links">
          <Link to={`/print/${slip.kind}/${petition.id}`}>{slip.label}</Link>
        </p>
      )}
      <HandlingForm key={`${petition.id}-${petition.steps.length}`} petition={petition} onSaved={reload} />
      <section aria-labelledby="petition-history" className="panel">
        <h2 id="petition-history">Quá trình xử lý</h2>
        <History petition={petition} />
      </section>
      {petition.outcome === 'chuyen_don' && (
        <section aria-labelledby="petition-replies" className="panel">
          <h2 id="petition-replies">Văn bản trả lời của cơ quan nhận đơn</h2>
          <ul>
            {petition.replies.map((reply) => (
              <li key={reply.id}>
                {formatLocalDate(reply.receivedOn)} – {reply.fromBody}
                {reply.reference ? ` (số ${reply.reference})` : ''}: {reply.summary}
              </li>
            ))}
          </ul>
          <ReplyForm petitionId={petition.id} onSaved={reload} />
        </section>
      )}
      <section aria-labelledby="petition-attachments" className="panel">
        <h2 id="petition-attachments">Bản quét đính kèm</h2>
        <ul>
          {petition.attachments.map((file) => (
            <li key={file.id}>
              {file.fileName} ({formatCount(Math.ceil(file.sizeBytes / 1024))} KB, SHA-256{' '}
              {file.sha256.slice(0, 12)}…)
            </li>
          ))}
        </ul>
        <AttachmentForm petitionId={petition.id} onSaved={reload} />
      </section>
    </section>
  );
}
