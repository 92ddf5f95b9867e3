import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintJob } from './printer-port';

type PrintCallback = (success: boolean, reason: string) => void;

const state = vi.hoisted(() => ({
  ready: 'true',
  alert: '',
  printAnswer: [true, ''] as [boolean, string],
  printOptions: [] as unknown[],
  loaded: [] as string[],
  destroyed: 0,
  /** Where the save dialog answers; '' = the officer cancelled. */
  savePath: '/tmp/tiepdan-electron-printer-test.pdf',
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    webContents = {
      executeJavaScript: (script: string) =>
        Promise.resolve(script.includes('printReady') ? state.ready : state.alert),
      print: (options: unknown, callback: PrintCallback) => {
        state.printOptions.push(options);
        callback(...state.printAnswer);
      },
      printToPDF: () => Promise.resolve(Buffer.from('%PDF-1.4')),
    };
    loadURL(url: string) {
      state.loaded.push(url);
      return Promise.resolve();
    }
    destroy() {
      state.destroyed++;
    }
  }
  return {
    app: { getPath: () => '/tmp' },
    BrowserWindow,
    dialog: {
      showSaveDialog: () =>
        Promise.resolve({ canceled: state.savePath === undefined, filePath: state.savePath }),
    },
  };
});

const { createElectronPrinter } = await import('./electron-printer');

const job = (overrides: Partial<PrintJob> = {}): PrintJob => ({
  path: '/print/receipt/4',
  paper: 'A4',
  isLandscape: false,
  printer: 'HP_A4',
  copies: 2,
  isSilent: true,
  fileName: 'receipt-4.pdf',
  ...overrides,
});

describe('Electron printer', () => {
  beforeEach(() => {
    Object.assign(state, { ready: 'true', alert: '', printAnswer: [true, ''], printOptions: [], loaded: [] });
    state.destroyed = 0;
    state.savePath = '/tmp/tiepdan-electron-printer-test.pdf';
  });

  it('loads the route in a hidden window and prints with the chosen printer, paper and copies', async () => {
    const printer = createElectronPrinter('/app/preload.cjs');
    expect(await printer.print(job())).toEqual({ status: 'printed' });
    expect(state.loaded).toEqual(['app://tiepdan/print/receipt/4']);
    expect(state.printOptions[0]).toMatchObject({
      silent: true,
      deviceName: 'HP_A4',
      copies: 2,
      pageSize: 'A4',
      landscape: false,
    });
    expect(state.destroyed).toBe(1);
  });

  it('sizes a thermal roll in microns', async () => {
    await createElectronPrinter('/p').print(job({ paper: 'roll58', printer: null, isSilent: false }));
    expect(state.printOptions[0]).toMatchObject({
      pageSize: { width: 58_000, height: 140_000 },
      silent: false,
    });
    expect(state.printOptions[0]).not.toHaveProperty('deviceName');
  });

  it('reports a cancelled dialog and a printer failure', async () => {
    const printer = createElectronPrinter('/p');
    state.printAnswer = [false, 'cancelled'];
    expect(await printer.print(job())).toEqual({ status: 'cancelled' });
    state.printAnswer = [false, 'failed'];
    await expect(printer.print(job())).rejects.toThrow('máy in báo lỗi');
    expect(state.destroyed).toBe(2);
  });

  it('passes on the message of a print route that could not load', async () => {
    state.ready = 'error';
    state.alert = 'Không tìm thấy lượt tiếp số 4.';
    await expect(createElectronPrinter('/p').print(job())).rejects.toThrow('Không tìm thấy lượt tiếp số 4.');
  });

  it('saves a PDF where main’s dialog says, or nothing when cancelled', async () => {
    const printer = createElectronPrinter('/p');
    expect(await printer.savePdf(job())).toEqual({ status: 'saved', path: state.savePath });
    state.savePath = '';
    expect(await printer.savePdf(job())).toEqual({ status: 'cancelled' });
  });
});
