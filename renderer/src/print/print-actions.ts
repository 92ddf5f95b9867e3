import type { PrintRunOutput } from '../../../shared/contract/print';
import type { PrintKind } from '../../../shared/domain/print-documents';
import { call, transportName } from '../api/api';

/** Inside Electron main prints from a hidden window; in a browser the browser's own dialog does. */
export function canPrintInApp(): boolean {
  return transportName() === 'electron';
}

/** What the print bar says after a print, in Vietnamese. */
export function describeOutcome(result: PrintRunOutput, copies: number): string {
  if (result.outcome === 'cancelled') return 'Đã hủy, chưa in.';
  if (result.outcome === 'saved') return `Đã lưu tệp PDF: ${result.path ?? ''}`;
  const where = result.printer === null ? 'máy in mặc định' : `máy in ${result.printer}`;
  return `Đã gửi ${copies} bản đến ${where}.`;
}

/** The browser's print dialog (printer or "Lưu dưới dạng PDF"), then the audit entry. */
export async function printWithBrowser(
  kind: PrintKind,
  entityId: string | null,
  copies: number,
): Promise<string> {
  window.print();
  await call('print:log', { kind, entityId, copies });
  return 'Đã mở hộp thoại In của trình duyệt.';
}

/**
 * A queue ticket as soon as it is issued: straight to its printer when "in không hỏi" is set and the app
 * runs in Electron; otherwise the caller opens the ticket route (returns false).
 */
export async function printTicketAtOnce(ticketId: number): Promise<boolean> {
  if (!canPrintInApp()) return false;
  const settings = await call('settings:print', {});
  const printer = settings.printers.ticket;
  if (!settings.isTicketSilent || printer === '') return false;
  const path = `/print/ticket/${ticketId}?width=${settings.ticketWidth}`;
  await call('print:run', {
    kind: 'ticket',
    path,
    entityId: String(ticketId),
    printer,
    copies: 1,
    isSilent: true,
  });
  return true;
}
