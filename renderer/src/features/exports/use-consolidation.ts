import { useCallback, useState } from 'react';
import type { ConsolidationView, ExportSource } from '../../../../shared/contract/exports';
import { MAX_PACKAGE_BYTES, MAX_PACKAGES } from '../../../../shared/contract/exports';
import { call } from '../../api/api';
import { fileToBase64 } from '../../app/files';

type PackagesSource = Extract<ExportSource, { kind: 'packages' }>;

/** Loads the units' packages, has main check and sum them, and keeps them for exporting the result. */
export function useConsolidation() {
  const [view, setView] = useState<ConsolidationView | null>(null);
  const [source, setSource] = useState<PackagesSource | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const load = useCallback(async (files: File[]) => {
    setError(null);
    setView(null);
    setSource(null);
    if (files.length === 0) return setError('Hãy chọn các gói báo cáo (.zip) của đơn vị.');
    if (files.length > MAX_PACKAGES)
      return setError(`Tối đa ${MAX_PACKAGES} gói mỗi lần; hãy chia làm nhiều lần.`);
    const tooBig = files.find((file) => file.size > MAX_PACKAGE_BYTES);
    if (tooBig)
      return setError(`Tệp ${tooBig.name} quá lớn để là gói báo cáo; hãy chọn đúng tệp .zip của đơn vị.`);
    setIsBusy(true);
    try {
      const uploads = await Promise.all(
        files.map(async (file) => ({ fileName: file.name, contentBase64: await fileToBase64(file) })),
      );
      setView(await call('exports:consolidate', { files: uploads }));
      setSource({ kind: 'packages', files: uploads });
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setIsBusy(false);
    }
  }, []);

  return { view, source, error, isBusy, load };
}
