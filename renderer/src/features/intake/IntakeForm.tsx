import './intake.css';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { FormProvider, useForm, type Resolver } from 'react-hook-form';
import type { CaseSuggestion } from '../../../../shared/contract/cases';
import type { ErrorCode, FieldIssue } from '../../../../shared/contract/envelope';
import { CameraScanButton } from '../card-scan/CameraScanButton';
import { ScanNoticeBox } from '../card-scan/ScanNoticeBox';
import { useCardScan } from '../card-scan/use-card-scan';
import { CaseSection } from './CaseSection';
import { GroupSection } from './GroupSection';
import { warningsFromIssues, type IdWarning } from './id-checks';
import { CONFIRM_WARNINGS_MESSAGE, fieldOfPath, toContractInput, validateIntake } from './intake-form-model';
import { intakeKey } from './intake-keys';
import { emptyIntake, type IntakeValues, type LinkedCase } from './intake-values';
import type { IntakePath } from './Fields';
import { PersonFields } from './PersonFields';
import { SuggestionsBox } from './SuggestionsBox';
import { TimeKindSection } from './TimeKindSection';
import { useGroupThreshold } from './use-reference-data';

/** How a save ended, as the form needs to know it. */
export type SubmitResult = { ok: true } | { ok: false; code: ErrorCode | null; issues: FieldIssue[] };

export interface IntakeFormProps {
  /** 'create' clears after a save; 'edit' keeps the saved values and Esc returns to them. */
  mode: 'create' | 'edit';
  initialValues?: IntakeValues;
  initialCase?: LinkedCase | null;
  /** The receiving officer of the saved visit (no user login yet). */
  officerName: string | null;
  isSaving: boolean;
  /** A card scanned when the queue ticket was issued: read into the form once it opens. */
  initialScan?: string | null;
  /** Sends the contract input; the page shows the outcome, the form maps issues onto its fields. */
  onSubmit: (input: unknown) => Promise<SubmitResult>;
}

/**
 * The intake form, keyboard-first: focus starts in "Họ và tên", Tab walks every field, Enter saves
 * (Shift+Enter adds a line in a text box), Esc clears, Alt+1…Alt+9 links a suggested case.
 */
export function IntakeForm({
  mode,
  initialValues,
  initialCase = null,
  officerName,
  isSaving,
  initialScan = null,
  onSubmit,
}: IntakeFormProps) {
  const [linkedCase, setLinkedCase] = useState<LinkedCase | null>(initialCase);
  // What Esc returns to when editing: the visit as last saved.
  const [baseline, setBaseline] = useState({ values: initialValues, linkedCase: initialCase });
  const [serverWarnings, setServerWarnings] = useState<IdWarning[]>([]);
  const [otherIssues, setOtherIssues] = useState<string[]>([]);
  const context = { caseId: linkedCase?.id ?? null, serverWarnings };
  const resolver: Resolver<IntakeValues> = (values) => {
    const errors = validateIntake(values, context);
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
  const form = useForm<IntakeValues>({
    defaultValues: initialValues ?? emptyIntake(),
    resolver,
    shouldFocusError: true,
  });
  const threshold = useGroupThreshold();
  const scan = useCardScan(form, mode === 'create');
  const { handle: handleScan } = scan;
  useEffect(() => {
    if (initialScan !== null) void handleScan(initialScan);
  }, [initialScan, handleScan]);
  const formRef = useRef<HTMLFormElement>(null);
  const casesRef = useRef<CaseSuggestion[]>([]);
  // reset() unregisters the fields until the next render, so focus moves back after it.
  const [clearedCount, setClearedCount] = useState(0);
  useEffect(() => form.setFocus('person.fullName'), [clearedCount, form]);

  const clear = () => {
    form.reset(mode === 'create' || !baseline.values ? emptyIntake() : baseline.values);
    setLinkedCase(mode === 'create' ? null : baseline.linkedCase);
    setServerWarnings([]);
    setOtherIssues([]);
    scan.dismiss();
    setClearedCount((count) => count + 1);
  };

  const showIssues = (result: Extract<SubmitResult, { ok: false }>, values: IntakeValues) => {
    const fields: { field: string; message: string }[] = [];
    const others: string[] = [];
    if (result.code === 'NEEDS_CONFIRMATION') {
      const warnings = warningsFromIssues(result.issues, values);
      setServerWarnings(warnings);
      for (const path of new Set(warnings.map((w) => w.personPath))) {
        fields.push({ field: `${path}.idNumber`, message: CONFIRM_WARNINGS_MESSAGE });
      }
    } else {
      for (const issue of result.issues) {
        const field = fieldOfPath(issue.path);
        if (field) fields.push({ field, message: issue.message });
        else others.push(issue.message);
      }
    }
    setOtherIssues(others);
    fields.forEach(({ field, message }) => form.setError(field as IntakePath, { type: 'server', message }));
    // A field may only appear with its error (the back-entry reason), so focus once it has rendered.
    const first = fields[0]?.field;
    if (first) setTimeout(() => form.setFocus(first as IntakePath), 0);
  };

  const submit = form.handleSubmit(async (values) => {
    setOtherIssues([]);
    const result = await onSubmit(toContractInput(values, context));
    if (!result.ok) return showIssues(result, values);
    if (mode === 'create') return clear();
    form.reset(values);
    setBaseline({ values, linkedCase });
    setServerWarnings([]);
  });

  // Linking a case of the same matter carries its classification into a form that has none yet.
  const link = (suggestion: CaseSuggestion) => {
    setLinkedCase({ id: suggestion.caseId, code: suggestion.code });
    if (form.getValues('classification') === '') {
      form.setValue('classification', suggestion.classification, { shouldDirty: true });
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = intakeKey(event, formRef.current);
    if (key === null) return;
    if (key.action === 'link') {
      const suggestion = casesRef.current[key.index];
      if (!suggestion) return;
      event.preventDefault();
      link(suggestion);
      return;
    }
    event.preventDefault();
    if (key.action === 'save') void submit();
    else clear();
  };

  return (
    <FormProvider {...form}>
      <div className="intake-layout" onKeyDown={onKeyDown}>
        <form
          ref={formRef}
          aria-label="Phiếu tiếp nhận"
          className="intake-form"
          onSubmit={(event) => void submit(event)}
          noValidate
        >
          {mode === 'create' && (
            <div className="scan-bar">
              <CameraScanButton onPayload={(text) => void scan.handle(text)} />
              <span className="muted">hoặc quét mã QR trên thẻ bằng máy quét, ở bất kỳ ô nào</span>
            </div>
          )}
          <ScanNoticeBox notice={scan.notice} />
          <TimeKindSection officerName={officerName} />
          <fieldset className="section">
            <legend>Công dân</legend>
            <PersonFields
              prefix="person"
              serverWarnings={serverWarnings.filter((w) => w.personPath === 'person')}
            />
          </fieldset>
          <GroupSection threshold={threshold} serverWarnings={serverWarnings} />
          <CaseSection />
          {otherIssues.length > 0 && (
            <ul className="notice error" role="alert">
              {otherIssues.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          <div className="form-actions">
            <button type="submit" disabled={isSaving}>
              {isSaving ? 'Đang lưu…' : 'Lưu (Enter)'}
            </button>
            <button type="button" className="secondary" onClick={clear}>
              {mode === 'create' ? 'Làm lại (Esc)' : 'Hủy thay đổi (Esc)'}
            </button>
          </div>
        </form>
        <SuggestionsBox
          linkedCase={linkedCase}
          onLink={link}
          onUnlink={mode === 'create' ? () => setLinkedCase(null) : null}
          casesRef={casesRef}
        />
      </div>
    </FormProvider>
  );
}
