import { describe, expect, it } from 'vitest';
import '../../../../shared/contract/zod-locale';
import { acceptedCodes, checkPersonId } from './id-checks';
import { fieldOfPath, issuesToFieldErrors, toContractInput, validateIntake } from './intake-form-model';
import { emptyIntake, emptyPerson, needsBackEntryReason, type IntakeValues } from './intake-values';

function values(overrides: Partial<IntakeValues> = {}): IntakeValues {
  return { ...emptyIntake(new Date('2026-11-27T03:00:00Z')), ...overrides };
}

describe('toContractInput', () => {
  it('leaves the time to main while it is the running "now", and drops an ID type without a number', () => {
    const input = toContractInput(
      values({ person: { ...emptyPerson(), fullName: 'A' }, classification: '' }),
    );
    expect(input).toMatchObject({
      receivedAt: null,
      person: { fullName: 'A', idType: '', idNumber: '' },
      classification: undefined,
      headcount: 1,
      sessionId: null,
    });
  });

  it('sends the stored time to the second when an edited visit keeps its time', () => {
    const edited = values({
      isTimeSet: true,
      receivedAt: '2026-10-02T08:15',
      receivedAtOriginal: '2026-10-02T08:15:42',
    });
    expect(toContractInput(edited)).toMatchObject({ receivedAt: '2026-10-02T08:15:42' });
    expect(toContractInput({ ...edited, receivedAt: '2026-10-02T09:00' })).toMatchObject({
      receivedAt: '2026-10-02T09:00',
    });
  });

  it('turns documents and numbers into the contract shape and forgets "Nơi chuyển đơn" unless forwarding', () => {
    const input = toContractInput(
      values({
        headcount: '7',
        documents: [{ name: 'Đơn', pages: '3', copyKind: 'original', condition: '' }],
        handling: 'thu_ly',
        forwardedTo: 'UBND tỉnh',
      }),
    );
    expect(input).toMatchObject({
      headcount: 7,
      documents: [{ name: 'Đơn', pages: 3, isOriginal: true, condition: '' }],
      forwardedTo: '',
    });
  });
});

describe('issue paths', () => {
  it('maps contract paths onto form fields', () => {
    expect(fieldOfPath('person.idNumber')).toBe('person.idNumber');
    expect(fieldOfPath('representatives.2.fullName')).toBe('representatives.2.fullName');
    expect(fieldOfPath('representatives.1')).toBe('representatives.1.fullName');
    expect(fieldOfPath('documents.0.isOriginal')).toBe('documents.0.copyKind');
    expect(fieldOfPath('sessionId')).toBe('sessionId');
    expect(fieldOfPath('idWarningsAccepted')).toBeNull();
  });

  it('keeps the first message per field', () => {
    const errors = issuesToFieldErrors([
      { path: 'content', message: 'một' },
      { path: 'content', message: 'hai' },
      { path: 'representatives.0.phone', message: 'ba' },
    ]);
    expect(errors.content?.message).toBe('một');
    expect(errors.representatives?.[0]?.phone?.message).toBe('ba');
  });

  it('asks for "Nơi chuyển đơn" and a kỳ tiếp through the shared schema', () => {
    const errors = validateIntake(
      values({
        person: { ...emptyPerson(), fullName: 'A' },
        classification: 'khieu_nai',
        content: 'x',
        handling: 'chuyen_don',
        receptionKind: 'dot_xuat',
      }),
    );
    expect(errors.forwardedTo?.message).toBe('Hãy ghi cơ quan, đơn vị nhận đơn chuyển.');
    expect(errors.sessionId?.message).toBe('Hãy chọn hoặc tạo kỳ tiếp cho hình thức tiếp này.');
  });
});

describe('back entry', () => {
  const today = '2026-11-27';
  it('needs a reason for an earlier day typed by the officer, not for now or today', () => {
    expect(
      needsBackEntryReason(
        { isTimeSet: false, receivedAt: '2026-11-20T08:00', receivedAtOriginal: '' },
        today,
      ),
    ).toBe(false);
    expect(
      needsBackEntryReason(
        { isTimeSet: true, receivedAt: '2026-11-27T07:00', receivedAtOriginal: '' },
        today,
      ),
    ).toBe(false);
    expect(
      needsBackEntryReason(
        { isTimeSet: true, receivedAt: '2026-11-26T17:00', receivedAtOriginal: '' },
        today,
      ),
    ).toBe(true);
  });

  it('does not ask again when an edited visit keeps its day', () => {
    const stored = '2026-10-02T08:15:00';
    expect(
      needsBackEntryReason(
        { isTimeSet: true, receivedAt: '2026-10-02T09:00', receivedAtOriginal: stored },
        today,
      ),
    ).toBe(false);
    expect(
      needsBackEntryReason(
        { isTimeSet: true, receivedAt: '2026-10-01T09:00', receivedAtOriginal: stored },
        today,
      ),
    ).toBe(true);
  });
});

describe('ID warnings', () => {
  it('accepts a code only when every person with that warning was confirmed', () => {
    const woman1985 = { ...emptyPerson(), idNumber: '001185012345', gender: 'nam' as const };
    const warnings = [
      ...checkPersonId(woman1985, 'person').warnings,
      ...checkPersonId(woman1985, 'representatives.0').warnings,
    ];
    expect(warnings.map((w) => w.key)).toEqual(['person:sex_mismatch', 'representatives.0:sex_mismatch']);
    expect(acceptedCodes(warnings, ['person:sex_mismatch'])).toEqual([]);
    expect(acceptedCodes(warnings, ['person:sex_mismatch', 'representatives.0:sex_mismatch'])).toEqual([
      'sex_mismatch',
    ]);
  });

  it('does not call a blank number an error', () => {
    expect(checkPersonId({ ...emptyPerson(), idType: 'cccd' }, 'person')).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('reads the document type from the number when none is chosen, as main does', () => {
    const typed = (idNumber: string) => checkPersonId({ ...emptyPerson(), idNumber }, 'person');
    expect(typed('123456789').errors).toEqual([]);
    expect(typed('B1234567').errors).toEqual([]);
    expect(typed('12345').errors.map((e) => e.code)).toEqual(['malformed']);
  });
});
