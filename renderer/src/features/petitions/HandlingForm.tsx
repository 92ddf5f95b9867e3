import { useState, type FormEvent } from 'react';
import type { PetitionDetail } from '../../../../shared/contract/petitions';
import { toLocalDate } from '../../../../shared/domain/local-time';
import {
  allowedOutcomes,
  COMPETENCE_LABELS,
  COMPETENCES,
  ELIGIBILITIES,
  ELIGIBILITY_LABELS,
  PETITION_OUTCOME_LABELS,
  type Competence,
  type Eligibility,
  type PetitionOutcome,
} from '../../../../shared/domain/petitions';
import { usePetitionAction } from './use-petitions';

function FieldError({ message }: { message: string | undefined }) {
  return message ? <span className="field-error">{message}</span> : null;
}

/**
 * Xử lý đơn (TT 05/2021): eligibility (with the reason when not), competence, then the outcome the two
 * allow; chuyển đơn names the receiving body. The officer is the signed-in user.
 */
export function HandlingForm({ petition, onSaved }: { petition: PetitionDetail; onSaved: () => void }) {
  const action = usePetitionAction('petitions:handle');
  const [decidedOn, setDecidedOn] = useState(petition.handledOn ?? toLocalDate(new Date()));
  const [eligibility, setEligibility] = useState<Eligibility>(petition.eligibility ?? 'du_dieu_kien');
  const [reason, setReason] = useState(petition.ineligibleReason ?? '');
  const [competence, setCompetence] = useState<Competence>(petition.competence ?? 'thuoc');
  const allowed = allowedOutcomes(eligibility, eligibility === 'du_dieu_kien' ? competence : null);
  const [outcome, setOutcome] = useState<PetitionOutcome>(petition.outcome ?? 'thu_ly');
  const [forwardedTo, setForwardedTo] = useState(petition.forwardedTo ?? '');
  const chosen = allowed.includes(outcome) ? outcome : (allowed[0] ?? 'thu_ly');
  const errors = action.fieldErrors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const isEligible = eligibility === 'du_dieu_kien';
    const saved = await action.run({
      id: petition.id,
      decidedOn,
      eligibility,
      ineligibleReason: isEligible ? null : reason,
      competence: isEligible ? competence : null,
      outcome: chosen,
      forwardedTo: chosen === 'chuyen_don' || chosen === 'huong_dan' ? forwardedTo : null,
    });
    if (saved) onSaved();
  };

  return (
    <form aria-label="Xử lý đơn" className="petition-form panel" onSubmit={(event) => void submit(event)}>
      <h2>Xử lý đơn</h2>
      <div className="form-grid">
        <label className="field">
          <span>Ngày xử lý</span>
          <input type="date" value={decidedOn} onChange={(event) => setDecidedOn(event.target.value)} />
          <FieldError message={errors['decidedOn']} />
        </label>
        <label className="field">
          <span>Điều kiện xử lý</span>
          <select value={eligibility} onChange={(event) => setEligibility(event.target.value as Eligibility)}>
            {ELIGIBILITIES.map((code) => (
              <option key={code} value={code}>
                {ELIGIBILITY_LABELS[code]}
              </option>
            ))}
          </select>
        </label>
        {eligibility === 'khong_du_dieu_kien' ? (
          <label className="field field-wide">
            <span>Lý do không đủ điều kiện</span>
            <input value={reason} onChange={(event) => setReason(event.target.value)} />
            <FieldError message={errors['ineligibleReason']} />
          </label>
        ) : (
          <label className="field">
            <span>Thẩm quyền</span>
            <select value={competence} onChange={(event) => setCompetence(event.target.value as Competence)}>
              {COMPETENCES.map((code) => (
                <option key={code} value={code}>
                  {COMPETENCE_LABELS[code]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>Kết quả xử lý</span>
          <select value={chosen} onChange={(event) => setOutcome(event.target.value as PetitionOutcome)}>
            {allowed.map((code) => (
              <option key={code} value={code}>
                {PETITION_OUTCOME_LABELS[code]}
              </option>
            ))}
          </select>
          <FieldError message={errors['outcome']} />
        </label>
        {(chosen === 'chuyen_don' || chosen === 'huong_dan') && (
          <label className="field field-wide">
            <span>
              {chosen === 'chuyen_don'
                ? 'Cơ quan nhận đơn chuyển'
                : 'Cơ quan có thẩm quyền (hướng dẫn gửi đến)'}
            </span>
            <input value={forwardedTo} onChange={(event) => setForwardedTo(event.target.value)} />
            <FieldError message={errors['forwardedTo']} />
          </label>
        )}
      </div>
      {action.error && (
        <p role="alert" className="notice error">
          {action.error}
        </p>
      )}
      <button type="submit" disabled={action.isBusy}>
        Lưu kết quả xử lý
      </button>
    </form>
  );
}
