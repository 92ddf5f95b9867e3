import { formatCount } from '../../../../shared/domain/number-format';
import { importRegisterFile, type ImportResult } from '../../services/register-import/import-register';
import { alreadyImportedLines, rowCountLine, runImport, type ImportCommand } from './import-runner';

export const importRegisterCommand: ImportCommand<ImportResult> = {
  importFile: importRegisterFile,
  namesColumn: true,
  summary: (result, errors) => [
    rowCountLine(result, errors),
    ...alreadyImportedLines(result, 'trong sổ '),
    result.dryRun
      ? 'Chạy thử (--dry-run): chưa ghi gì vào sổ.'
      : `Đã nhập ${formatCount(result.imported)} lượt tiếp (vụ việc mới: ${formatCount(result.createdCases)}, kỳ tiếp mới: ${formatCount(result.createdSessions)}).`,
  ],
};

/** `import-register <file> [--dry-run]`: the old Excel/CSV register into this one. */
export function runImportRegister(
  dataDirOption: string | undefined,
  file: string,
  dryRun: boolean,
): Promise<number> {
  return runImport(importRegisterCommand, dataDirOption, file, dryRun);
}
