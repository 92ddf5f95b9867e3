import { useCallback, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { parseCccdQr, type CardData } from '../../../../shared/domain/cccd-qr';
import type { IntakeValues } from '../intake/intake-values';
import { readCard } from './read-card';
import { useScannerBurst } from './use-scanner-burst';

/** What the last scan did, for the notice above the form. */
export type ScanNotice =
  | { kind: 'read'; card: CardData; isReturning: boolean }
  | { kind: 'failed'; message: string };

/**
 * Fills the intake form from a CCCD QR payload, whether it came from a keyboard-mode scanner (recognised
 * anywhere on the screen while `isEnabled`) or from the webcam. A payload that does not parse fills
 * nothing and says why. After a scan, focus goes to the content field: the next thing to type.
 */
export function useCardScan(form: UseFormReturn<IntakeValues>, isEnabled: boolean) {
  const [notice, setNotice] = useState<ScanNotice | null>(null);
  const handle = useCallback(
    async (payload: string) => {
      const parsed = parseCccdQr(payload);
      if (!parsed.ok) return setNotice({ kind: 'failed', message: parsed.message });
      try {
        const fill = await readCard(parsed.card);
        const options = { shouldDirty: true, shouldValidate: false } as const;
        form.setValue('person', fill.person, options);
        form.setValue('scannedAsciiName', fill.scannedAsciiName, options);
        form.setValue('isAsciiNameConfirmed', false, options);
        form.clearErrors('person');
        setNotice({ kind: 'read', card: parsed.card, isReturning: fill.stored !== null });
        form.setFocus(fill.scannedAsciiName === '' ? 'content' : 'person.fullName');
      } catch (error) {
        setNotice({ kind: 'failed', message: `Không tra cứu được thẻ: ${(error as Error).message}` });
      }
    },
    [form],
  );
  useScannerBurst((payload) => void handle(payload), isEnabled);
  return { notice, handle, dismiss: () => setNotice(null) };
}
