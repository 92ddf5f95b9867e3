import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureConsole } from '../../../../test/fixtures/console-capture';
import { backupDir } from '../../services/backup/backup-files';
import { createBackup } from '../../services/backup/make-backup';
import { countRows, dataDirWithVisits } from '../../services/backup/test-support';
import { runAuditVerify } from './audit-verify';
import { runBackup } from './backup';
import { runBackups } from './backups';
import { resolveBackupPath, runRestore } from './restore';

const out = captureConsole();

/** A closed data folder with `visits` visits and one manual backup of it. */
async function closedDataDir(visits: number) {
  const opened = await dataDirWithVisits(visits);
  const made = await createBackup(opened.dataDir, opened.file, new Date('2026-11-27T02:30:00Z'), {
    keep: 14,
  });
  await opened.db.destroy();
  return { dataDir: opened.dataDir, file: opened.file, backupName: made.created!.name };
}

describe('npm run cli -- restore', () => {
  it('asks for --yes when it cannot ask, then restores by name from the list', async () => {
    const { dataDir, file, backupName } = await closedDataDir(2);
    expect(await runRestore(dataDir, backupName, false)).toBe(1);
    expect(out.at(-1)).toBe('Chưa khôi phục. Thêm --yes để khôi phục không cần hỏi.');
    expect(readdirSync(backupDir(dataDir))).toEqual([backupName]);

    expect(await runRestore(dataDir, backupName, true)).toBe(0);
    expect(out).toContain(`Đã khôi phục từ ${join(backupDir(dataDir), backupName)}.`);
    expect(readdirSync(backupDir(dataDir))).toHaveLength(2);
    expect(countRows(file, 'visits')).toBe(2);
  });

  it('refuses a file that is not a sound backup', async () => {
    const { dataDir } = await closedDataDir(0);
    expect(await runRestore(dataDir, join(dataDir, 'khong-co.db'), true)).toBe(1);
    expect(out[0]).toMatch(/^Không tìm thấy tệp .*khong-co\.db\. Hãy chọn bản khác/);
  });

  it('resolves a bare name in the backups folder and anything else as a path', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-cli-'));
    expect(resolveBackupPath(dataDir, 'tiepdan-2026-11-27.db')).toBe(
      join(process.cwd(), 'tiepdan-2026-11-27.db'),
    );
    expect(resolveBackupPath(dataDir, '/mnt/usb/ban.db')).toBe('/mnt/usb/ban.db');
  });
});

describe('npm run cli -- backups', () => {
  it('lists the backups with the settings, checking them with --check', async () => {
    const { dataDir, backupName } = await closedDataDir(1);
    await runBackups(dataDir, true);
    expect(out[0]).toBe(`Thư mục sao lưu: ${backupDir(dataDir)}`);
    expect(out[1]).toBe('Giữ 14 bản gần nhất (backup_keep); chép thêm sang: (chưa đặt backup_copy_dir).');
    expect(out[2]).toMatch(
      new RegExp(
        `^  ${backupName}  27/11/2026  \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d  .* KB  thủ công  tốt, 1 lượt tiếp$`,
      ),
    );
  });

  it('says when there is none yet', async () => {
    await runBackups(mkdtempSync(join(tmpdir(), 'tiepdan-cli-')), false);
    expect(out.at(-1)).toBe('Chưa có bản sao lưu nào (bản tự động được tạo khi mở ứng dụng).');
  });
});

describe('npm run cli -- backup <file>', () => {
  it('writes an audit entry for the copy', async () => {
    const { dataDir, file } = await closedDataDir(1);
    const target = join(mkdtempSync(join(tmpdir(), 'tiepdan-cli-')), 'ban-sao.db');
    await runBackup(dataDir, target);
    const sqlite = new Database(file, { readonly: true });
    const last = sqlite.prepare('select action, entity_id from audit_log order by id desc limit 1').get();
    sqlite.close();
    expect(last).toEqual({ action: 'backup.create', entity_id: target });
  });
});

describe('npm run cli -- audit verify', () => {
  it('prints the verdict and exits 1 when the chain is broken', async () => {
    const { dataDir, file } = await closedDataDir(2);
    expect(await runAuditVerify(dataDir)).toBe(0);
    expect(out[0]).toMatch(/^Nhật ký toàn vẹn: 2 mục, mã cuối [0-9a-f]{64}\.$/);

    const sqlite = new Database(file);
    sqlite.exec('drop trigger audit_log_no_update');
    sqlite.prepare('update audit_log set actor = ? where id = 1').run('Người sửa lén');
    sqlite.close();
    expect(await runAuditVerify(dataDir)).toBe(1);
    expect(out[1]).toMatch(/^Nhật ký KHÔNG toàn vẹn: Mục #1 .*đã bị sửa sau khi ghi/);
    expect(await runAuditVerify(join(dataDir, 'khong-co'))).toBe(1);
  });
});
