import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { ServiceContext } from '../services/context';
import { listExportLog } from '../services/exports/export-log';
import {
  consolidateUploaded,
  exportDownload,
  exportToDrive,
  type ComputeTally,
} from '../services/exports/export-service';
import { listRemovableDrives, type RemovableDrive } from '../services/exports/removable-drives';
import type { CallContext, Handlers } from './registry';

type ExportHandlerNames =
  | 'exports:drives'
  | 'exports:to-drive'
  | 'exports:download'
  | 'exports:log'
  | 'exports:consolidate';

export interface ExportHandlerDeps {
  db: Kysely<DB>;
  appVersion: string;
  /** The tally engine; the lead wires part A's `compute` here. */
  computeTally?: ComputeTally;
  /** Removable drives; systeminformation by default, a fixed list in tests. */
  listDrives?: () => Promise<RemovableDrive[]>;
}

/** Report exports (USB, download), the export log and upstream consolidation. */
export function exportHandlers(
  deps: ExportHandlerDeps,
  service: (call: CallContext) => ServiceContext,
): Pick<Handlers, ExportHandlerNames> {
  const exportDeps = {
    ...(deps.computeTally ? { compute: deps.computeTally } : {}),
    drives: deps.listDrives ?? (() => listRemovableDrives()),
    appVersion: deps.appVersion,
  };
  return {
    'exports:drives': async () => ({ drives: await exportDeps.drives() }),
    'exports:to-drive': (input, call) => exportToDrive(service(call), exportDeps, input),
    'exports:download': (input, call) => exportDownload(service(call), exportDeps, input),
    'exports:log': async (input) => ({ entries: await listExportLog(deps.db, input.limit) }),
    'exports:consolidate': async (input, call) => consolidateUploaded(service(call), exportDeps, input.files),
  };
}
