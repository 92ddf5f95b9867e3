import { z } from 'zod';
import { defineCall } from './define';

/**
 * Names of backup files in the data folder's `backups/`: `tiepdan-<date>.db` (daily),
 * `tiepdan-<date>-<hhmmss>.db` (manual), `truoc-khoi-phuc-<date>-<hhmmss>.db` (set aside by a restore),
 * with `-2`, `-3`… when a name is taken. The UI names a backup by file name, never by path.
 */
export const BACKUP_FILE_NAME = /^(tiepdan|truoc-khoi-phuc)-(\d{4}-\d{2}-\d{2})(?:-(\d{6}))?(?:-(\d+))?\.db$/;

export const BackupCheckView = z.object({
  ok: z.boolean(),
  check: z.enum(['integrity_check', 'quick_check']),
  /** SQLite's answer: 'ok' or the problems found. */
  integrity: z.string(),
  visits: z.number().int().nullable(),
  /** What is wrong, in Vietnamese (damaged, or written by a newer version). */
  problem: z.string().nullable(),
});

export const BackupEntry = z.object({
  name: z.string(),
  kind: z.enum(['daily', 'manual', 'before_restore']),
  /** Local date (yyyy-mm-dd) the copy was made. */
  date: z.string(),
  /** When the file was written, ISO text with +07:00. */
  writtenAt: z.string(),
  bytes: z.number().int(),
  /** Present when the list was asked with `verify`. */
  check: BackupCheckView.nullable(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const BackupListView = z.object({
  /** The backups folder, for the administrator to find the files. */
  folder: z.string(),
  /** Setting `backup_keep`. */
  keep: z.number().int(),
  /** Setting `backup_copy_dir` (a removable drive); null when not set. */
  copyDir: z.string().nullable(),
  backups: z.array(BackupEntry),
});
export type BackupListView = z.infer<typeof BackupListView>;

export const BackupMadeView = z.object({
  backup: BackupEntry,
  /** Old copies deleted to keep the newest `keep`. */
  pruned: z.array(z.string()),
  copiedTo: z.string().nullable(),
  /** What did not work (the extra copy to a drive), in Vietnamese. */
  warnings: z.array(z.string()),
});
export type BackupMadeView = z.infer<typeof BackupMadeView>;

export const BackupRestoreView = z.object({
  restoredFrom: z.string(),
  /** Name under which the replaced database was kept in the backups folder. */
  setAsideAs: z.string().nullable(),
  visits: z.number().int().nullable(),
});
export type BackupRestoreView = z.infer<typeof BackupRestoreView>;

export const backupCalls = {
  /** The backups in the data folder, newest first; with `verify`, each is checked (slower). */
  'backup:list': defineCall({
    input: z
      .object({ verify: z.boolean().default(false) })
      .strict()
      .default({ verify: false }),
    output: BackupListView,
    summary: 'Danh sách bản sao lưu (kèm kiểm tra toàn vẹn nếu yêu cầu)',
    access: ['admin', 'leader'],
  }),
  /** A verified online copy now, pruned to the newest `backup_keep`, copied to `backup_copy_dir`. */
  'backup:create-now': defineCall({
    input: z.object({}).strict().default({}),
    output: BackupMadeView,
    summary: 'Sao lưu ngay',
    access: ['admin'],
  }),
  /**
   * Replaces the database with a backup from the list (checked first; the current file is kept as
   * `truoc-khoi-phuc-….db`). Answers CONFLICT when this app cannot close its database while running.
   */
  'backup:restore': defineCall({
    input: z
      .object({
        name: z.string().regex(BACKUP_FILE_NAME, { error: 'Hãy chọn một bản sao lưu trong danh sách.' }),
      })
      .strict(),
    output: BackupRestoreView,
    summary: 'Khôi phục dữ liệu từ một bản sao lưu',
    access: ['admin'],
  }),
};
