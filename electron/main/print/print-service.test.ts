import { describe, expect, it } from 'vitest';
import { PrintRunInput } from '../../../shared/contract/print';
import { testContext } from '../../../test/fixtures/test-db';
import { BROWSER_PRINT_MESSAGE, logPrint, printSettings, runPrint } from './print-service';
import { PrintFailure, type PrinterPort, type PrintJob } from './printer-port';
import { useTestDb } from '../../../test/fixtures/use-test-db';

const { db } = useTestDb();

function fakePort(outcome: 'printed' | 'cancelled' | 'fail' = 'printed') {
  const jobs: PrintJob[] = [];
  const port: PrinterPort = {
    listPrinters: () => Promise.resolve([{ name: 'HP_A4', displayName: 'HP A4', description: '' }]),
    print: (job) => {
      jobs.push(job);
      if (outcome === 'fail') return Promise.reject(new PrintFailure('hết giấy'));
      return Promise.resolve({ status: outcome });
    },
    savePdf: (job) => {
      jobs.push(job);
      return Promise.resolve({ status: 'saved', path: '/tmp/bien-nhan.pdf' });
    },
  };
  return { port, jobs };
}

const run = (input: Record<string, unknown>) =>
  PrintRunInput.parse({ kind: 'receipt', path: '/print/receipt/7', entityId: '7', ...input });

async function audits() {
  return db().selectFrom('audit_log').select(['action', 'entity', 'entity_id', 'detail']).execute();
}

describe('print service', () => {
  it('reads the print settings with their defaults', async () => {
    const settings = await printSettings(db());
    expect(settings.receiptCopies).toBe(2);
    expect(settings.receiptCopiesDenunciation).toBe(3);
    expect(settings.ticketWidth).toBe(80);
    expect(settings.printers.receipt).toBe('');
  });

  it('prints on the chosen printer, remembers it for the kind and audits the print', async () => {
    const { port, jobs } = fakePort();
    const result = await runPrint(testContext(db()), port, run({ printer: 'HP_A4', copies: 2 }));
    expect(result).toEqual({ outcome: 'printed', printer: 'HP_A4', path: null });
    expect(jobs[0]).toMatchObject({ paper: 'A4', isLandscape: false, copies: 2, isSilent: true });
    expect((await printSettings(db())).printers.receipt).toBe('HP_A4');
    expect(await audits()).toEqual([
      {
        action: 'print',
        entity: 'visit',
        entity_id: '7',
        detail: JSON.stringify({ document: 'receipt', copies: 2, target: 'printer', printer: 'HP_A4' }),
      },
    ]);
  });

  it('refuses a printer that is not there, in Vietnamese, and prints nothing', async () => {
    const { port, jobs } = fakePort();
    await expect(runPrint(testContext(db()), port, run({ printer: 'Canon_cu' }))).rejects.toThrow(
      'Không tìm thấy máy in "Canon_cu"',
    );
    expect(jobs).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  it('turns a printer error into a message that keeps the document open', async () => {
    const { port } = fakePort('fail');
    await expect(runPrint(testContext(db()), port, run({ printer: 'HP_A4' }))).rejects.toThrow(
      'Chưa in được: hết giấy. Giấy tờ vẫn đang mở',
    );
    expect(await audits()).toEqual([]);
  });

  it('logs nothing when the officer cancels the system dialog', async () => {
    const { port } = fakePort('cancelled');
    expect((await runPrint(testContext(db()), port, run({ printer: null }))).outcome).toBe('cancelled');
    expect(await audits()).toEqual([]);
  });

  it('saves a landscape register as PDF', async () => {
    const { port, jobs } = fakePort();
    const input = run({
      kind: 'register',
      path: '/print/register?from=2026-01-01&to=2026-03-31',
      isPdf: true,
    });
    expect(await runPrint(testContext(db()), port, input)).toEqual({
      outcome: 'saved',
      printer: null,
      path: '/tmp/bien-nhan.pdf',
    });
    expect(jobs[0]).toMatchObject({ paper: 'A4', isLandscape: true });
    expect((await audits())[0]?.entity).toBe('register');
  });

  it('picks the thermal roll from the ticket route', async () => {
    const { port, jobs } = fakePort();
    await runPrint(
      testContext(db()),
      port,
      run({ kind: 'ticket', path: '/print/ticket/3?width=58', printer: null }),
    );
    expect(jobs[0]).toMatchObject({ paper: 'roll58', isSilent: false });
  });

  it('sends the browser to its own print dialog when there is no printer port', async () => {
    await expect(runPrint(testContext(db()), undefined, run({}))).rejects.toThrow(BROWSER_PRINT_MESSAGE);
  });

  it('logs a print made through the browser', async () => {
    await logPrint(testContext(db()), { kind: 'refusal', entityId: '9', copies: 1, target: 'browser' });
    expect((await audits())[0]).toMatchObject({ action: 'print', entity: 'visit', entity_id: '9' });
  });

  it('rejects routes that are not print routes', () => {
    expect(PrintRunInput.safeParse({ kind: 'receipt', path: 'https://evil.example/' }).success).toBe(false);
  });
});
