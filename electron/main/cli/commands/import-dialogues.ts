import { formatCount } from '../../../../shared/domain/number-format';
import { importDialoguesFile, type DialogueImportResult } from '../../services/dialogues/import-dialogues';
import { alreadyImportedLines, rowCountLine, runImport, type ImportCommand } from './import-runner';

function closingLine(result: DialogueImportResult, errors: number): string {
  if (result.dryRun) return 'Chạy thử (--dry-run): chưa ghi gì.';
  if (errors > 0) return 'Chưa nhập dòng nào: hãy sửa các lỗi trên rồi chạy lại.';
  return `Đã nhập ${formatCount(result.imported)} cuộc đối thoại.`;
}

export const importDialoguesCommand: ImportCommand<DialogueImportResult> = {
  importFile: importDialoguesFile,
  namesColumn: false,
  summary: (result, errors) => [
    rowCountLine(result, errors),
    ...alreadyImportedLines(result, ''),
    closingLine(result, errors),
  ],
};

/** `import-dialogues <file> [--dry-run]`: dialogue conferences from CSV/XLSX. */
export function runImportDialogues(
  dataDirOption: string | undefined,
  file: string,
  dryRun: boolean,
): Promise<number> {
  return runImport(importDialoguesCommand, dataDirOption, file, dryRun);
}
