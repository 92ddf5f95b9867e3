import { describe, expect, it } from 'vitest';
import { isIdentityHidden, isPrintRoute, PRINT_KINDS } from './print-documents';

describe('denouncer confidentiality on paper', () => {
  it('hides a tố cáo identity on every document but the receipt', () => {
    const shown = PRINT_KINDS.filter((kind) => !isIdentityHidden(kind, 'to_cao'));
    expect(shown).toEqual(['receipt']);
  });

  it('shows the visit summary only when asked', () => {
    expect(isIdentityHidden('visit', 'to_cao', { isRevealRequested: true })).toBe(false);
    expect(isIdentityHidden('visit', 'to_cao', { isRevealRequested: false })).toBe(true);
  });

  it('never hides other classifications', () => {
    for (const kind of PRINT_KINDS) expect(isIdentityHidden(kind, 'khieu_nai')).toBe(false);
  });
});

describe('print routes main may load', () => {
  it.each([
    ['/print/receipt/12', true],
    ['/print/appointment/3?date=2026-03-10&time=08:00', true],
    ['/print/register?from=2026-01-01&to=2026-03-31', true],
    ['/print/unknown/1', false],
    ['/so-tiep-cong-dan', false],
    ['https://evil.example/print/receipt/1', false],
    ['/print/receipt/../../etc', false],
    ['//evil.example/print/receipt/1', false],
  ])('%s → %s', (path, expected) => expect(isPrintRoute(path)).toBe(expected));
});
