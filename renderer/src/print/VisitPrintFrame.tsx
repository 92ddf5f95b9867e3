import type { ReactNode } from 'react';
import type { PrintSettings } from '../../../shared/contract/print';
import type { VisitDetail } from '../../../shared/contract/visits';
import type { PrintKind } from '../../../shared/domain/print-documents';
import { PrintFrame } from './PrintFrame';
import { useVisitDocument } from './use-visit-document';

export interface VisitDocument {
  visit: VisitDetail;
  settings: PrintSettings;
  /** The page was opened with `?reveal=<reason>` (receipt and file summary only). */
  isRevealRequested: boolean;
}

interface VisitPrintFrameProps {
  kind: PrintKind;
  /** Why this visit has no such document, or null when it has one (checked once the visit is loaded). */
  unavailable?: (visit: VisitDetail) => string | null;
  /** Copies the print dialog starts with; one when not given. */
  copies?: (visit: VisitDetail, settings: PrintSettings) => number;
  children: (document: VisitDocument) => ReactNode;
}

/**
 * A document of one visit at `/print/<kind>/:visitId`: loads the visit and the print settings, says what is
 * wrong when it cannot be printed, and draws the sheet in the print frame with the printer last used.
 */
export function VisitPrintFrame({ kind, unavailable, copies, children }: VisitPrintFrameProps) {
  const { visitId, visit, settings, error, isRevealRequested } = useVisitDocument(kind);
  const isReady = visit !== null && settings !== null;
  const problem = error ?? (visit !== null && unavailable ? unavailable(visit) : null);
  return (
    <PrintFrame
      kind={kind}
      entityId={visitId === null ? null : String(visitId)}
      isReady={isReady}
      error={problem}
      defaultCopies={isReady && copies ? copies(visit, settings) : 1}
      rememberedPrinter={settings?.printers[kind] ?? ''}
    >
      {isReady && children({ visit, settings, isRevealRequested })}
    </PrintFrame>
  );
}
