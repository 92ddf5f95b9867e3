import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { ImportResultView } from '../../../../shared/contract/imports';
import type { ServiceContext } from '../context';
import { importRegisterFile } from './import-register';

/**
 * A register file chosen in the app window: main writes it to a private temporary folder of its own
 * choosing (never a path from the renderer), imports it, and deletes it.
 */
export async function importRegisterUpload(
  ctx: ServiceContext,
  input: { fileName: string; contentBase64: string; dryRun: boolean },
): Promise<ImportResultView> {
  const folder = mkdtempSync(join(tmpdir(), 'tiepdan-nhap-'));
  const extension = extname(input.fileName)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '');
  const file = join(folder, `so-tiep-cong-dan${extension}`);
  try {
    writeFileSync(file, Buffer.from(input.contentBase64, 'base64'), { mode: 0o600 });
    return await importRegisterFile(ctx, file, { dryRun: input.dryRun, sourceName: input.fileName });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
