import { z } from 'zod';
import { isPrintRoute, PRINT_KINDS } from '../domain/print-documents';
import { defineCall } from './define';

export const PrintKind = z.enum(PRINT_KINDS, { error: 'Loại giấy tờ in không hợp lệ.' });

/** What the printed documents take from the office's settings (NĐ 30/2020 header, signers, copies). */
export const PrintSettings = z.object({
  /** Cơ quan chủ quản, printed above the office name ("UBND TỈNH …"); empty = none. */
  upstreamBody: z.string(),
  officeName: z.string(),
  officeAddress: z.string(),
  /** Địa danh of the place-and-date line ("Hà Nội, ngày … tháng … năm …"). */
  placeName: z.string(),
  /** Telephone or other contact printed on the appointment slip. */
  contact: z.string(),
  /** Chữ viết tắt of the office in số/ký hiệu ("Số: 12/GBN-TCD"). */
  referenceSuffix: z.string(),
  /** The head who signs notices and forwarding slips: title ("CHỦ TỊCH") and name. */
  headTitle: z.string(),
  headName: z.string(),
  /** Title of the receiving officer ("Cán bộ tiếp công dân"). */
  officerTitle: z.string(),
  /** "Giấy biên nhận được lập thành … bản": complaints and others, and denunciations. */
  receiptCopies: z.number().int().min(1).max(9),
  receiptCopiesDenunciation: z.number().int().min(1).max(9),
  ticketWidth: z.union([z.literal(58), z.literal(80)]),
  /** Tickets go straight to their printer without a dialog. */
  isTicketSilent: z.boolean(),
  /** The printer last used for each document kind ('' = ask). */
  printers: z.record(PrintKind, z.string()),
});
export type PrintSettings = z.infer<typeof PrintSettings>;

export const PrinterView = z.object({ name: z.string(), displayName: z.string(), description: z.string() });
export type PrinterView = z.infer<typeof PrinterView>;

const EntityId = z
  .string()
  .max(40)
  .nullish()
  .transform((value) => value ?? null);

export const PrintRunInput = z.object({
  kind: PrintKind,
  /** The print route to load in main's hidden window, e.g. `/print/receipt/12`. */
  path: z.string().refine(isPrintRoute, { error: 'Đường dẫn trang in không hợp lệ.' }),
  entityId: EntityId,
  /** System name of the printer; null = the system's default printer (with its dialog). */
  printer: z
    .string()
    .max(200)
    .nullish()
    .transform((value) => value ?? null),
  copies: z
    .number({ error: 'Số bản phải là số.' })
    .int({ error: 'Số bản phải là số nguyên.' })
    .min(1, { error: 'In ít nhất 1 bản.' })
    .max(20, { error: 'In tối đa 20 bản một lần.' })
    .default(1),
  /** Save as PDF (main asks where) instead of printing. */
  isPdf: z.boolean().default(false),
  /** Print without the system dialog (a printer was chosen in the app, or tickets). */
  isSilent: z.boolean().default(true),
});
export type PrintRunInput = z.infer<typeof PrintRunInput>;

export const PrintRunOutput = z.object({
  outcome: z.enum(['printed', 'saved', 'cancelled']),
  printer: z.string().nullable(),
  /** Where the PDF went (shown to the officer). */
  path: z.string().nullable(),
});
export type PrintRunOutput = z.infer<typeof PrintRunOutput>;

export const PrintLogInput = z.object({
  kind: PrintKind,
  entityId: EntityId,
  copies: z.number().int().min(1).max(99).default(1),
  /** How it left the app: the browser's print dialog (printer or "Save as PDF"). */
  target: z.enum(['browser']).default('browser'),
});
export type PrintLogInput = z.infer<typeof PrintLogInput>;

export const printCalls = {
  /** Header, signers, copy counts and remembered printers for the print routes. */
  'settings:print': defineCall({
    input: z.object({}).default({}),
    output: PrintSettings,
    summary: 'Thiết lập in giấy tờ',
    access: 'signed-in',
  }),
  /** Printers of this machine (Electron only; the browser uses its own print dialog). */
  'print:printers': defineCall({
    input: z.object({}).default({}),
    output: z.array(PrinterView),
    summary: 'Danh sách máy in',
    access: 'signed-in',
  }),
  /** Prints a print route from a hidden window, or saves it as PDF; remembers the printer; audited. */
  'print:run': defineCall({
    input: PrintRunInput,
    output: PrintRunOutput,
    summary: 'In hoặc lưu PDF một giấy tờ',
    access: 'signed-in',
  }),
  /** Records a print made through the browser's own dialog in the audit log. */
  'print:log': defineCall({
    input: PrintLogInput,
    output: z.object({}),
    summary: 'Ghi nhật ký in giấy tờ',
    access: 'signed-in',
  }),
};
