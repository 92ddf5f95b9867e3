import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VisitCreateInput } from '../../../shared/contract/visits';
import { testContext } from '../../../test/fixtures/test-db';
import { createVisit } from '../services/visits/create-visit';
import { createDb } from './create-db';
import { migrateToLatest } from './migrate';
import { backupSqlite } from './sqlite-backup';

describe('backupSqlite', () => {
  it('copies a live database, verifies it and refuses to overwrite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiepdan-backup-'));
    const file = join(dir, 'live.db');
    const db = createDb(file);
    await migrateToLatest(db);
    const input = VisitCreateInput.parse({
      person: { fullName: 'Đỗ Văn Hùng', idNumber: null, address: null },
      classification: 'to_cao',
      content: 'Tố cáo hành vi',
    });
    await createVisit(testContext(db), input);
    await createVisit(testContext(db), input);

    const target = join(dir, 'copy.db');
    const result = await backupSqlite(file, target);
    expect(result).toMatchObject({ file: target, integrity: 'ok', visits: 2 });
    expect(existsSync(`${target}.dang-ghi`)).toBe(false);
    await expect(backupSqlite(file, target)).rejects.toThrow(/đã có; hãy chọn tên khác/);
    await db.destroy();
  });
});
