import { useCall } from '../api/use-call';
import { canPrintInApp } from './print-actions';

/** This machine's printers; only asked for inside Electron (the browser has its own dialog). */
export function usePrinters() {
  const answer = useCall('print:printers', canPrintInApp() ? {} : null);
  return { printers: answer.data ?? [], error: answer.error };
}
