import { useEffect, type RefObject } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { CaseSuggestion, ReturningPerson } from '../../../../shared/contract/cases';
import type { IntakeValues, LinkedCase } from './intake-values';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useCaseSuggestions } from './use-case-suggestions';
import { personToValues } from './visit-to-values';

interface SuggestionsBoxProps {
  linkedCase: LinkedCase | null;
  onLink: (suggestion: CaseSuggestion) => void;
  onUnlink: (() => void) | null;
  /** The cases on show, for the Alt+1…Alt+9 shortcuts handled by the form. */
  casesRef: RefObject<CaseSuggestion[]>;
}

/** Watches what identifies the citizen and the matter, and shows what main suggests for it. */
export function SuggestionsBox({ linkedCase, onLink, onUnlink, casesRef }: SuggestionsBoxProps) {
  const { setValue } = useFormContext<IntakeValues>();
  const [idNumber, oldIdNumber, fullName, communeCode, content] = useWatch<IntakeValues>({
    name: ['person.idNumber', 'person.oldIdNumber', 'person.fullName', 'person.communeCode', 'content'],
  }) as [string, string, string, string, string];
  const suggestions = useCaseSuggestions({ idNumber, oldIdNumber, fullName, communeCode, content });
  useEffect(() => {
    casesRef.current = suggestions.cases;
  }, [casesRef, suggestions.cases]);

  const fillFromPerson = (person: ReturningPerson) =>
    setValue('person', personToValues(person), { shouldDirty: true, shouldValidate: false });

  return (
    <SuggestionsPanel
      suggestions={suggestions}
      linkedCase={linkedCase}
      onUsePerson={fillFromPerson}
      onLink={onLink}
      onUnlink={onUnlink}
    />
  );
}
