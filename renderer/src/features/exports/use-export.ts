import { useCallback, useEffect, useState } from 'react';
import type {
  DriveView,
  ExportDoneView,
  ExportFormat,
  ExportSource,
} from '../../../../shared/contract/exports';
import { call } from '../../api/api';
import { saveDownload } from '../../app/files';

export type ExportOutcome =
  | { kind: 'drive'; done: ExportDoneView }
  | { kind: 'download'; fileName: string; sha256: string };

/** Drives, and exporting a source to one of them or as a download; one export at a time. */
export function useExport(source: ExportSource | null) {
  const [drives, setDrives] = useState<DriveView[]>([]);
  const [isBusy, setIsBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refreshDrives = useCallback(async () => {
    try {
      setDrives((await call('exports:drives', {})).drives);
    } catch (reason) {
      setError((reason as Error).message);
    }
  }, []);

  useEffect(() => {
    let isCurrent = true;
    call('exports:drives', {}).then(
      (view) => isCurrent && setDrives(view.drives),
      (reason: Error) => isCurrent && setError(reason.message),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const run = useCallback(
    async (format: ExportFormat, mount: string | null) => {
      if (!source) return;
      setIsBusy(true);
      setError(null);
      setOutcome(null);
      try {
        if (mount) {
          setOutcome({ kind: 'drive', done: await call('exports:to-drive', { source, format, mount }) });
        } else {
          const file = await call('exports:download', { source, format });
          saveDownload(file.fileName, file.mime, file.contentBase64);
          setOutcome({ kind: 'download', fileName: file.fileName, sha256: file.sha256 });
        }
      } catch (reason) {
        setError((reason as Error).message);
      } finally {
        setIsBusy(false);
      }
    },
    [source],
  );

  return { drives, refreshDrives, isBusy, outcome, error, run };
}
