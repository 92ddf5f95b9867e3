import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/envelope';
import type {
  PrinterView,
  PrintLogInput,
  PrintRunInput,
  PrintRunOutput,
  PrintSettings,
} from '../../../shared/contract/print';
import { toLocalIso } from '../../../shared/domain/local-time';
import { PRINT_KINDS, PRINT_PAPER, type PrintKind } from '../../../shared/domain/print-documents';
import type { DB } from '../db/schema';
import { appendAudit } from '../services/audit';
import type { ServiceContext } from '../services/context';
import { getSetting, type SettingKey } from '../services/settings';
import { PrintFailure, type PrinterPort, type PrintJob } from './printer-port';

/** Said by the web host, where the browser's own print dialog does the work. */
export const BROWSER_PRINT_MESSAGE =
  'Trên trình duyệt, hãy dùng nút In của trình duyệt (hộp thoại In cho phép chọn máy in hoặc lưu PDF).';

function printerKey(kind: PrintKind): SettingKey {
  return `printer_${kind}`;
}

/** Everything the print routes take from the settings. */
export async function printSettings(db: Kysely<DB>): Promise<PrintSettings> {
  const printers = {} as Record<PrintKind, string>;
  for (const kind of PRINT_KINDS) printers[kind] = String(await getSetting(db, printerKey(kind)));
  return {
    upstreamBody: await getSetting(db, 'print_upstream_body'),
    officeName: await getSetting(db, 'office_name'),
    officeAddress: await getSetting(db, 'print_office_address'),
    placeName: await getSetting(db, 'print_place_name'),
    contact: await getSetting(db, 'print_contact'),
    referenceSuffix: await getSetting(db, 'print_reference_suffix'),
    headTitle: await getSetting(db, 'print_head_title'),
    headName: await getSetting(db, 'print_head_name'),
    officerTitle: await getSetting(db, 'print_officer_title'),
    receiptCopies: clampCopies(await getSetting(db, 'receipt_copies'), 2),
    receiptCopiesDenunciation: clampCopies(await getSetting(db, 'receipt_copies_to_cao'), 3),
    ticketWidth: (await getSetting(db, 'ticket_width')) === 58 ? 58 : 80,
    isTicketSilent: (await getSetting(db, 'ticket_print_silent')) === 1,
    printers,
  };
}

function clampCopies(value: number, fallback: number): number {
  return Number.isInteger(value) && value >= 1 && value <= 9 ? value : fallback;
}

/** Audit entry of one print: the entity printed and how. */
function auditPrint(ctx: ServiceContext, kind: PrintKind, entityId: string | null, detail: object) {
  return appendAudit(ctx.db, ctx.actor, toLocalIso(ctx.clock()), {
    action: 'print',
    entity: kind === 'register' ? 'register' : kind === 'ticket' ? 'ticket' : 'visit',
    entityId,
    detail: { document: kind, ...detail },
  });
}

/** `print:log`: a print made through the browser's dialog (the web host and the browser fallback). */
export async function logPrint(ctx: ServiceContext, input: PrintLogInput): Promise<Record<string, never>> {
  await auditPrint(ctx, input.kind, input.entityId, { copies: input.copies, target: input.target });
  return {};
}

function needPrinter(port: PrinterPort | undefined): PrinterPort {
  if (!port) throw new AppError('CONFLICT', BROWSER_PRINT_MESSAGE);
  return port;
}

/** `print:printers`: this machine's printers (Electron only). */
export function listPrinters(port: PrinterPort | undefined): Promise<PrinterView[]> {
  return needPrinter(port).listPrinters();
}

async function rememberPrinter(ctx: ServiceContext, kind: PrintKind, printer: string): Promise<void> {
  const now = toLocalIso(ctx.clock());
  const value = JSON.stringify(printer);
  await ctx.db
    .insertInto('settings')
    .values({ key: printerKey(kind), value, updated_at: now, updated_by: ctx.actor.userId })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value, updated_at: now, updated_by: ctx.actor.userId }),
    )
    .execute();
}

function failed(reason: string): AppError {
  return new AppError(
    'CONFLICT',
    `Chưa in được: ${reason}. Giấy tờ vẫn đang mở; hãy kiểm tra máy in (bật nguồn, có giấy, đã kết nối) rồi bấm In lại.`,
  );
}

async function checkPrinterExists(port: PrinterPort, printer: string): Promise<void> {
  const printers = await port.listPrinters();
  if (printers.some((candidate) => candidate.name === printer)) return;
  throw new AppError(
    'CONFLICT',
    `Không tìm thấy máy in "${printer}" trên máy này. Hãy bật và kết nối máy in, hoặc chọn máy in khác rồi bấm In lại.`,
  );
}

function toJob(input: PrintRunInput): PrintJob {
  const paper = PRINT_PAPER[input.kind];
  const ticketPaper = /[?&]width=58\b/.test(input.path) ? 'roll58' : 'roll80';
  return {
    path: input.path,
    paper: input.kind === 'ticket' ? ticketPaper : paper.paper,
    isLandscape: paper.isLandscape,
    printer: input.printer,
    copies: input.copies,
    isSilent: input.isSilent && input.printer !== null,
    fileName: `${input.kind}-${input.entityId ?? 'tiepdan'}.pdf`,
  };
}

/**
 * `print:run`: prints a print route on the chosen printer (or saves it as PDF), remembers the printer
 * for this kind of document and writes the audit entry. A missing printer or a printer error becomes a
 * Vietnamese message; the document stays open in the renderer to print again.
 */
export async function runPrint(
  ctx: ServiceContext,
  port: PrinterPort | undefined,
  input: PrintRunInput,
): Promise<PrintRunOutput> {
  const printer = needPrinter(port);
  const job = toJob(input);
  try {
    if (input.isPdf) {
      const saved = await printer.savePdf(job);
      if (saved.status === 'cancelled') return { outcome: 'cancelled', printer: null, path: null };
      await auditPrint(ctx, input.kind, input.entityId, { copies: 1, target: 'pdf' });
      return { outcome: 'saved', printer: null, path: saved.path };
    }
    if (input.printer !== null) await checkPrinterExists(printer, input.printer);
    const result = await printer.print(job);
    if (result.status === 'cancelled') return { outcome: 'cancelled', printer: input.printer, path: null };
  } catch (error) {
    if (error instanceof PrintFailure) throw failed(error.reason);
    throw error;
  }
  if (input.printer !== null) await rememberPrinter(ctx, input.kind, input.printer);
  await auditPrint(ctx, input.kind, input.entityId, {
    copies: input.copies,
    target: 'printer',
    printer: input.printer,
  });
  return { outcome: 'printed', printer: input.printer, path: null };
}
