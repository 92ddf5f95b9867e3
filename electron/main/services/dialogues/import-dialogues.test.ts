import { describe, expect, it } from 'vitest';
import { testContext } from '../../../../test/fixtures/test-db';
import { makeTempDir, writeTempFile, writeXlsx } from '../register-import/test-support';
import { importDialoguesFile } from './import-dialogues';
import { useTestDb } from '../../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const ctx = () => testContext(db());
const HEADER = 'NGÀY,Chủ trì,dia diem,Nội dung,Số đại biểu,so_y_kien,Số ý kiến đã trả lời,Cấp';
const GOOD = [
  '10/11/2026,Trần Văn Bình,Nhà văn hóa thôn 3,Bồi thường đường liên xã,60,15,12,xã',
  '2026-11-25,Trần Văn Bình,Hội trường UBND xã,Cấp giấy chứng nhận,1.040,9,9,',
];

describe('importDialoguesFile', () => {
  it('dry run imports nothing; the real run imports once; a second run finds the rows already there', async () => {
    const path = await writeTempFile(await makeTempDir(), 'doi-thoai.csv', [HEADER, ...GOOD].join('\n'));
    const dry = await importDialoguesFile(ctx(), path, { dryRun: true });
    expect([dry.totalRows, dry.validRows, dry.imported, dry.problems]).toEqual([2, 2, 0, []]);
    expect(await db().selectFrom('dialogues').selectAll().execute()).toEqual([]);
    const real = await importDialoguesFile(ctx(), path, { dryRun: false });
    expect([real.imported, real.alreadyImported]).toEqual([2, 0]);
    const rows = await db()
      .selectFrom('dialogues')
      .select(['held_on', 'attendees', 'opinions', 'answered', 'level'])
      .orderBy('held_on')
      .execute();
    expect(rows).toEqual([
      { held_on: '2026-11-10', attendees: 60, opinions: 15, answered: 12, level: 'xa' },
      { held_on: '2026-11-25', attendees: 1040, opinions: 9, answered: 9, level: 'xa' },
    ]);
    const again = await importDialoguesFile(ctx(), path, { dryRun: false });
    expect([again.imported, again.alreadyImported]).toEqual([0, 2]);
  });

  it('reports each bad row in Vietnamese and writes nothing', async () => {
    const lines = [
      HEADER,
      GOOD[0],
      '31/02/2026,Trần Văn Bình,Xã,Đất,10,5,7,',
      '01/11/2026,,Xã,Đất,mười,5,5,huyện',
    ];
    const path = await writeTempFile(await makeTempDir(), 'loi.csv', lines.join('\n'));
    const result = await importDialoguesFile(ctx(), path, { dryRun: false });
    expect(result.problems.map((p) => [p.row, p.message])).toEqual([
      [3, expect.stringContaining('Cột "Ngày":')],
      [3, 'Số ý kiến đã trả lời không thể nhiều hơn số ý kiến.'],
      [4, 'Cột "Cấp": "huyện" không phải cấp đối thoại; hãy ghi xã, tỉnh, sở ngành hoặc khác.'],
      [4, 'Hãy nhập người chủ trì.'],
      [4, 'Hãy nhập số đại biểu (số).'],
    ]);
    expect([result.validRows, result.imported]).toEqual([1, 0]);
    expect(await db().selectFrom('dialogues').selectAll().execute()).toEqual([]);
  });

  it('reads XLSX and names the missing required columns', async () => {
    const dir = await makeTempDir();
    const path = await writeXlsx(dir, 'thieu.xlsx', [
      ['Ngày', 'Chủ trì', 'Nội dung'],
      ['10/11/2026', 'A', 'B'],
    ]);
    const result = await importDialoguesFile(ctx(), path, { dryRun: true });
    expect(result.problems.map((p) => p.message)).toEqual([
      'Thiếu cột bắt buộc "dia_diem" (Địa điểm), "so_dai_bieu" (Số đại biểu), "so_y_kien" (Số ý kiến), ' +
        '"so_y_kien_da_tra_loi" (Số ý kiến đã trả lời); hãy thêm các cột này vào dòng tiêu đề.',
    ]);
  });
});
