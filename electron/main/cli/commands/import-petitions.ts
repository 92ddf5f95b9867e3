import { formatCount } from '../../../../shared/domain/number-format';
import {
  importPetitionsFile,
  type PetitionImportResult,
} from '../../services/petitions/import/import-petitions';
import { alreadyImportedLines, rowCountLine, runImport, type ImportCommand } from './import-runner';

export const importPetitionsCommand: ImportCommand<PetitionImportResult> = {
  importFile: importPetitionsFile,
  namesColumn: true,
  summary: (result) => [
    rowCountLine(result),
    ...alreadyImportedLines(result, 'trong sổ '),
    result.dryRun
      ? 'Chạy thử (--dry-run): chưa ghi gì vào sổ đơn thư.'
      : `Đã nhập ${formatCount(result.imported)} đơn.`,
  ],
};

/** `import-petitions <file> [--dry-run]`: an old petition registry (Excel/CSV) into this one. */
export function runImportPetitions(
  dataDirOption: string | undefined,
  file: string,
  dryRun: boolean,
): Promise<number> {
  return runImport(importPetitionsCommand, dataDirOption, file, dryRun);
}
