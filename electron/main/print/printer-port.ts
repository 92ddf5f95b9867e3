import type { PrinterView } from '../../../shared/contract/print';
import type { PaperSize } from '../../../shared/domain/print-documents';

/** One document to print or save, as main's hidden window loads it. */
export interface PrintJob {
  /** A checked print route, e.g. `/print/receipt/12`. */
  path: string;
  paper: PaperSize;
  isLandscape: boolean;
  /** System name of the printer; null = the system default. */
  printer: string | null;
  copies: number;
  isSilent: boolean;
  /** Suggested file name for "save as PDF". */
  fileName: string;
}

/** What a printer answered; `cancelled` when the officer closed the system dialog. */
export type PrintResult = { status: 'printed' } | { status: 'cancelled' };
export type SaveResult = { status: 'saved'; path: string } | { status: 'cancelled' };

/** A print that failed for a reason the printer or the page gave (shown to the officer). */
export class PrintFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PrintFailure';
  }
}

/**
 * The machine's printers, as main sees them. Electron implements it (electron-printer.ts); the web host
 * has none, and tests pass a fake. Kept free of Electron imports so the service around it is testable.
 */
export interface PrinterPort {
  listPrinters(): Promise<PrinterView[]>;
  print(job: PrintJob): Promise<PrintResult>;
  /** Asks where to save (a dialog in main) and writes the PDF there. */
  savePdf(job: PrintJob): Promise<SaveResult>;
}
