import { useCallback, useEffect, useState } from 'react';
import type { ImportResultView } from '../../../../shared/contract/imports';
import { MAX_UPLOAD_BYTES } from '../../../../shared/contract/imports';
import type { ImportProgress } from '../../../../shared/domain/import-progress';
import { call, getApi } from '../../api/api';
import { fileToBase64 } from '../../app/files';

/** Dry run, then the real import, of an old register file chosen by the officer. */
export function useRegisterImport() {
  const [result, setResult] = useState<ImportResultView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  useEffect(() => {
    if (!isBusy) return undefined;
    return getApi().on('import:progress', setProgress);
  }, [isBusy]);

  const run = useCallback(async (file: File, dryRun: boolean) => {
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setError('Tệp lớn hơn 20 MB; hãy chia nhỏ tệp hoặc dùng lệnh npm run cli -- import-register.');
      return;
    }
    setProgress(null);
    setIsBusy(true);
    try {
      setResult(
        await call('import:register', {
          fileName: file.name,
          contentBase64: await fileToBase64(file),
          dryRun,
        }),
      );
    } catch (reason) {
      setResult(null);
      setError((reason as Error).message);
    } finally {
      setIsBusy(false);
      setProgress(null);
    }
  }, []);

  return { result, error, isBusy, progress, run };
}
