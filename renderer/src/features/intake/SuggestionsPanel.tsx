import { Link } from 'react-router';
import {
  SUGGESTION_REASON_LABELS,
  type CaseSuggestOutput,
  type CaseSuggestion,
  type ReturningPerson,
} from '../../../../shared/contract/cases';
import { CLASSIFICATION_LABELS } from '../../../../shared/domain/classification';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import { formatCount } from '../../../../shared/domain/number-format';
import type { LinkedCase } from './intake-values';

interface SuggestionsPanelProps {
  suggestions: CaseSuggestOutput;
  linkedCase: LinkedCase | null;
  onUsePerson: (person: ReturningPerson) => void;
  onLink: (suggestion: CaseSuggestion) => void;
  /** Null when unlinking is not offered (an edited visit keeps its case unless another is linked). */
  onUnlink: (() => void) | null;
}

function PersonCard({ person, onUse }: { person: ReturningPerson; onUse: () => void }) {
  return (
    <li className="suggestion">
      <div>
        <strong>{person.fullName}</strong>
        {person.idNumber && <span className="muted"> · {person.idNumber}</span>}
      </div>
      {person.fullAddress && <div className="muted">{person.fullAddress}</div>}
      <div>
        Công dân đã đến {formatCount(person.visitCount)} lần
        {person.lastVisitAt && `, lần gần nhất ${formatLocalDate(person.lastVisitAt)}`}
      </div>
      <button type="button" className="small secondary" onClick={onUse}>
        Dùng thông tin này <span className="sr-only">({person.fullName})</span>
      </button>
    </li>
  );
}

function CaseCard({
  suggestion,
  index,
  onLink,
}: {
  suggestion: CaseSuggestion;
  index: number;
  onLink: () => void;
}) {
  const shortcut = index < 9 ? `Alt+${index + 1}` : null;
  return (
    <li className="suggestion">
      <div>
        <Link to={`/vu-viec/${suggestion.caseId}`}>{suggestion.code}</Link>{' '}
        {CLASSIFICATION_LABELS[suggestion.classification]}
        <span className="muted"> · {SUGGESTION_REASON_LABELS[suggestion.reason]}</span>
      </div>
      <div className="summary">{suggestion.summary}</div>
      <div className="muted">
        {formatCount(suggestion.visitCount)} lượt tiếp, gần nhất {formatLocalDate(suggestion.lastReceivedAt)}
      </div>
      <button type="button" className="small" onClick={onLink} aria-keyshortcuts={shortcut ?? undefined}>
        Liên kết {suggestion.code}
        {shortcut && ` (${shortcut})`}
      </button>
    </li>
  );
}

/** Returning citizens and existing cases for what is being typed; a case links with a click or Alt+N. */
export function SuggestionsPanel({
  suggestions,
  linkedCase,
  onUsePerson,
  onLink,
  onUnlink,
}: SuggestionsPanelProps) {
  const { persons, cases } = suggestions;
  return (
    <aside className="suggestions" aria-label="Gợi ý công dân và vụ việc">
      <h2>Vụ việc của lượt tiếp</h2>
      {linkedCase ? (
        <p className="linked">
          Liên kết vụ việc <Link to={`/vu-viec/${linkedCase.id}`}>{linkedCase.code}</Link>
          {onUnlink && (
            <button type="button" className="small secondary" onClick={onUnlink}>
              Bỏ liên kết (vụ việc mới)
            </button>
          )}
        </p>
      ) : (
        <p className="muted">Chưa liên kết: lưu sẽ mở vụ việc mới.</p>
      )}
      {persons.length > 0 && (
        <>
          <h3>Công dân đã đến</h3>
          <ul className="suggestion-list">
            {persons.map((person) => (
              <PersonCard key={person.id} person={person} onUse={() => onUsePerson(person)} />
            ))}
          </ul>
        </>
      )}
      {cases.length > 0 && (
        <>
          <h3>Vụ việc đã có</h3>
          <ul className="suggestion-list">
            {cases.map((suggestion, index) => (
              <CaseCard
                key={suggestion.caseId}
                suggestion={suggestion}
                index={index}
                onLink={() => onLink(suggestion)}
              />
            ))}
          </ul>
        </>
      )}
      {persons.length === 0 && cases.length === 0 && (
        <p className="muted">Gợi ý hiện khi nhập họ tên, số giấy tờ hoặc nội dung.</p>
      )}
    </aside>
  );
}
