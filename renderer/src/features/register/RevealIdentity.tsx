import { call } from '../../api/api';
import { DenouncerReveal } from '../confidentiality/DenouncerReveal';

/** A tố cáo's denouncer, hidden until a leader or administrator reveals it for this visit. */
export function RevealIdentity({ visitId }: { visitId: number }) {
  return (
    <DenouncerReveal
      record="vụ việc tố cáo"
      reveal={(reason) => call('visits:reveal', { id: visitId, reason })}
    >
      {({ person }) => (
        <p>
          <strong>{person.fullName}</strong> · {person.idNumber ?? 'không có số giấy tờ'} ·{' '}
          {person.fullAddress ?? 'không ghi địa chỉ'} · {person.phone ?? ''}
        </p>
      )}
    </DenouncerReveal>
  );
}
