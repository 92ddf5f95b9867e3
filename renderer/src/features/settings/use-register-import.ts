import { useCallback, useState } from 'react';
import type { ImportResultView } from '../../../../shared/contract/imports';
import { MAX_UPLOAD_BYTES } from '../../../../shared/contract/imports';
import { call } from '../../api/api';

/** Reads a picked file as base64 (the renderer never handles paths). */
function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve((typeof reader.result === 'string' ? reader.result : '').replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('Không đọc được tệp đã chọn; hãy chọn lại.'));
    reader.readAsDataURL(file);
  });
}

/** Dry run, then the real import, of an old register file chosen by the officer. */
export function useRegisterImport() {
  const [result, setResult] = useState<ImportResultView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const run = useCallback(async (file: File, dryRun: boolean) => {
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setError('Tệp lớn hơn 20 MB; hãy chia nhỏ tệp hoặc dùng lệnh npm run cli -- import-register.');
      return;
    }
    setIsBusy(true);
    try {
      setResult(
        await call('import:register', { fileName: file.name, contentBase64: await toBase64(file), dryRun }),
      );
    } catch (reason) {
      setResult(null);
      setError((reason as Error).message);
    } finally {
      setIsBusy(false);
    }
  }, []);

  return { result, error, isBusy, run };
}
