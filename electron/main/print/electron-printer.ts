import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAPER_MM } from '../../../shared/domain/print-documents';
import { APP_ORIGIN } from '../windows/app-url';
import { secureWebPreferences } from '../windows/security-options';
import {
  PrintFailure,
  type PrinterPort,
  type PrintJob,
  type PrintResult,
  type SaveResult,
} from './printer-port';

/** How long a print route may take to load its data and fonts. */
const READY_TIMEOUT_MS = 20_000;
const READY_POLL_MS = 100;
const MM_PER_INCH = 25.4;

const READY_SCRIPT = "document.documentElement.dataset['printReady'] ?? ''";
const ERROR_SCRIPT = "document.querySelector('[role=alert]')?.textContent ?? ''";

/** Waits until the print route says its data and fonts are in (`data-print-ready`), or it shows an error. */
async function waitUntilReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = (await contents.executeJavaScript(READY_SCRIPT)) as string;
    if (state === 'true') return;
    if (state === 'error') {
      const message = (await contents.executeJavaScript(ERROR_SCRIPT)) as string;
      throw new PrintFailure(message || 'trang in báo lỗi khi tải dữ liệu');
    }
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  throw new PrintFailure('trang in chưa tải xong dữ liệu sau 20 giây');
}

/** Loads a print route in a hidden window with the app's security options, runs `use`, closes it. */
async function withPrintWindow<T>(
  preloadPath: string,
  job: PrintJob,
  use: (contents: WebContents) => Promise<T>,
): Promise<T> {
  const window = new BrowserWindow({ show: false, webPreferences: secureWebPreferences(preloadPath) });
  try {
    await window.loadURL(`${APP_ORIGIN}${job.path}`);
    await waitUntilReady(window.webContents);
    return await use(window.webContents);
  } finally {
    window.destroy();
  }
}

/** `webContents.print` page sizes: named, or in microns for thermal rolls. */
function printPageSize(job: PrintJob): Electron.WebContentsPrintOptions['pageSize'] {
  if (job.paper === 'A4' || job.paper === 'A5') return job.paper;
  const { width, height } = PAPER_MM[job.paper];
  return { width: width * 1000, height: height * 1000 };
}

/** `printToPDF` page sizes: named, or in inches for thermal rolls. */
function pdfPageSize(job: PrintJob): Electron.PrintToPDFOptions['pageSize'] {
  if (job.paper === 'A4' || job.paper === 'A5') return job.paper;
  const { width, height } = PAPER_MM[job.paper];
  return { width: width / MM_PER_INCH, height: height / MM_PER_INCH };
}

function printContents(contents: WebContents, job: PrintJob): Promise<PrintResult> {
  return new Promise((resolve, reject) => {
    contents.print(
      {
        silent: job.isSilent,
        ...(job.printer !== null ? { deviceName: job.printer } : {}),
        copies: job.copies,
        pageSize: printPageSize(job),
        landscape: job.isLandscape,
        printBackground: true,
      },
      (success, failureReason) => {
        if (success) resolve({ status: 'printed' });
        else if (failureReason === 'cancelled') resolve({ status: 'cancelled' });
        else reject(new PrintFailure(failureReason === 'failed' ? 'máy in báo lỗi' : failureReason));
      },
    );
  });
}

/** Asks where the PDF goes (main chooses the path, never the renderer); null when cancelled. */
async function askPdfPath(job: PrintJob): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow();
  const options: Electron.SaveDialogOptions = {
    title: 'Lưu giấy tờ thành tệp PDF',
    defaultPath: join(app.getPath('documents'), job.fileName),
    filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

async function writePdf(contents: WebContents, job: PrintJob, path: string): Promise<SaveResult> {
  const data = await contents.printToPDF({
    pageSize: pdfPageSize(job),
    landscape: job.isLandscape,
    preferCSSPageSize: true,
    printBackground: true,
  });
  try {
    await writeFile(path, data);
  } catch (error) {
    throw new PrintFailure(`không ghi được tệp PDF (${(error as NodeJS.ErrnoException).code ?? 'lỗi ghi'})`);
  }
  return { status: 'saved', path };
}

/** Any live web contents to ask for the printer list (the officer's window, normally). */
function anyContents(): WebContents | null {
  const window = BrowserWindow.getAllWindows().find((candidate) => !candidate.isDestroyed());
  return window ? window.webContents : null;
}

/** Electron's printers: print routes rendered in a hidden window, printed or saved as PDF. */
export function createElectronPrinter(preloadPath: string): PrinterPort {
  return {
    async listPrinters() {
      const contents = anyContents();
      if (contents === null) return [];
      const printers = await contents.getPrintersAsync();
      return printers.map(({ name, displayName, description }) => ({ name, displayName, description }));
    },
    print: (job) => withPrintWindow(preloadPath, job, (contents) => printContents(contents, job)),
    async savePdf(job) {
      const path = await askPdfPath(job);
      if (path === null) return { status: 'cancelled' };
      return withPrintWindow(preloadPath, job, (contents) => writePdf(contents, job, path));
    },
  };
}
