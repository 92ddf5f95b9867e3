import { call } from '../../api/api';
import { DenouncerReveal } from '../confidentiality/DenouncerReveal';

/** A denunciation's senders, hidden until a leader or administrator reveals them for this petition. */
export function RevealSenders({ petitionId }: { petitionId: number }) {
  return (
    <DenouncerReveal
      record="đơn tố cáo"
      reveal={(reason) => call('petitions:reveal', { id: petitionId, reason })}
    >
      {(revealed) => (
        <ul>
          {revealed.senders.map((person) => (
            <li key={person.id}>
              <strong>{person.fullName}</strong> · {person.idNumber ?? 'không có số giấy tờ'} ·{' '}
              {person.fullAddress ?? 'không ghi địa chỉ'}
              {person.phone ? ` · ${person.phone}` : ''}
            </li>
          ))}
        </ul>
      )}
    </DenouncerReveal>
  );
}
