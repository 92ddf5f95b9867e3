import { z } from 'zod';
import { defineCall } from './define';
import { requiredText } from './fields';

/** Largest register file accepted through the app window (the CLI takes larger files from disk). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const ImportProblemView = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

export const ImportResultView = z.object({
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  imported: z.number().int(),
  alreadyImported: z.number().int(),
  createdCases: z.number().int(),
  createdSessions: z.number().int(),
  problems: z.array(ImportProblemView),
});
export type ImportResultView = z.infer<typeof ImportResultView>;

export const importCalls = {
  /**
   * Imports an old register (XLSX or CSV) picked by the officer; the file travels as base64 and main
   * chooses where it is written. A dry run only reports the problems of every row.
   */
  'import:register': defineCall({
    input: z.object({
      fileName: requiredText(255, 'Tên tệp'),
      contentBase64: z
        .string()
        .max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4, {
          error: `Tệp quá lớn để nhập qua cửa sổ ứng dụng (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB); hãy dùng lệnh npm run cli -- import-register.`,
        })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Nội dung tệp không đúng định dạng base64.' }),
      dryRun: z.boolean().default(true),
    }),
    output: ImportResultView,
    summary: 'Nhập sổ tiếp công dân cũ từ tệp XLSX/CSV',
    access: ['admin'],
  }),
};
