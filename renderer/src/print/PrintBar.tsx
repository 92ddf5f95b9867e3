import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { PRINT_KIND_LABELS, type PrintKind } from '../../../shared/domain/print-documents';
import { call } from '../api/api';
import { canPrintInApp, describeOutcome, printWithBrowser } from './print-actions';
import { usePrinters } from './use-printers';

interface PrintBarProps {
  kind: PrintKind;
  entityId: string | null;
  defaultCopies: number;
  /** The printer last used for this kind ('' = ask). */
  rememberedPrinter: string;
}

interface BarState {
  message: string | null;
  error: string | null;
  isBusy: boolean;
}

/**
 * The toolbar above a document (never printed): "In" and, inside Electron, the printer, copies and
 * "Lưu PDF". A failed print leaves the document open with the reason, ready to print again.
 */
export function PrintBar({ kind, entityId, defaultCopies, rememberedPrinter }: PrintBarProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const isInApp = canPrintInApp();
  const { printers, error: printersError } = usePrinters();
  const [printer, setPrinter] = useState(rememberedPrinter);
  const [copies, setCopies] = useState(defaultCopies);
  const [state, setState] = useState<BarState>({ message: null, error: null, isBusy: false });

  const run = async (isPdf: boolean) => {
    setState({ message: null, error: null, isBusy: true });
    try {
      const message = isInApp
        ? describeOutcome(
            await call('print:run', {
              kind,
              path: location.pathname + location.search,
              entityId,
              printer: printer === '' ? null : printer,
              copies,
              isPdf,
              isSilent: printer !== '',
            }),
            copies,
          )
        : await printWithBrowser(kind, entityId, copies);
      setState({ message, error: null, isBusy: false });
    } catch (reason) {
      setState({ message: null, error: (reason as Error).message, isBusy: false });
    }
  };

  return (
    <div className="print-bar" role="toolbar" aria-label="In giấy tờ">
      <h1>{PRINT_KIND_LABELS[kind]}</h1>
      {isInApp && (
        <PrinterFields
          printers={printers}
          printer={printer}
          onPrinter={setPrinter}
          copies={copies}
          onCopies={setCopies}
        />
      )}
      <button type="button" onClick={() => void run(false)} disabled={state.isBusy}>
        In
      </button>
      {isInApp && (
        <button type="button" className="secondary" onClick={() => void run(true)} disabled={state.isBusy}>
          Lưu PDF
        </button>
      )}
      <button type="button" className="secondary" onClick={() => void navigate(-1)}>
        Quay lại
      </button>
      {!isInApp && (
        <p className="print-bar-note">
          Trong hộp thoại In, chọn máy in và số bản ({defaultCopies}), hoặc chọn “Lưu dưới dạng PDF” để lưu
          tệp.
        </p>
      )}
      {state.message && (
        <p className="print-bar-note" role="status">
          {state.message}
        </p>
      )}
      {(state.error ?? printersError) && (
        <p className="print-bar-note" role="alert">
          {state.error ?? printersError}
        </p>
      )}
    </div>
  );
}

interface PrinterFieldsProps {
  printers: { name: string; displayName: string }[];
  printer: string;
  onPrinter: (name: string) => void;
  copies: number;
  onCopies: (copies: number) => void;
}

function PrinterFields({ printers, printer, onPrinter, copies, onCopies }: PrinterFieldsProps) {
  const isMissing = printer !== '' && printers.length > 0 && !printers.some((p) => p.name === printer);
  return (
    <>
      <label>
        Máy in
        <select value={printer} onChange={(event) => onPrinter(event.target.value)}>
          <option value="">Hỏi khi in (hộp thoại của hệ thống)</option>
          {isMissing && <option value={printer}>{printer} (không thấy trên máy)</option>}
          {printers.map((p) => (
            <option key={p.name} value={p.name}>
              {p.displayName}
            </option>
          ))}
        </select>
      </label>
      <label>
        Số bản
        <input
          type="number"
          min={1}
          max={20}
          value={copies}
          onChange={(event) => onCopies(Math.min(20, Math.max(1, Number(event.target.value) || 1)))}
        />
      </label>
    </>
  );
}
