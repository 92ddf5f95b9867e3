import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFilter } from '../../../../../test/fixtures/petition-test-db';
import { fixedClock, testContext } from '../../../../../test/fixtures/test-db';
import { listPetitions } from '../petition-queries';
import { importPetitionsFile } from './import-petitions';
import { useTestDb } from '../../../../../test/fixtures/use-test-db';

const SAMPLE = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'petitions-sample.csv',
);

const { db } = useTestDb();

const ctx = () => testContext(db(), fixedClock('2026-02-01T02:00:00Z'));
const tempCsv = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-don-')), 'don.csv');
  writeFileSync(file, text);
  return file;
};
const count = async () =>
  Number(
    (
      await db()
        .selectFrom('petitions')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('import-petitions', () => {
  it('imports every row with its decision, numbered by date, and a second run adds nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-don-')), 'so-don-thu.csv');
    copyFileSync(SAMPLE, file);
    const dry = await importPetitionsFile(ctx(), file, { dryRun: true });
    expect([dry.totalRows, dry.validRows, dry.imported, dry.problems]).toEqual([4, 4, 0, []]);
    expect(await count()).toBe(0);
    const result = await importPetitionsFile(ctx(), file, { dryRun: false });
    expect([result.imported, result.alreadyImported, result.problems]).toEqual([4, 0, []]);
    const rows = await listPetitions(db(), listFilter({ limit: 10 }));
    expect(
      rows.map((p) => [
        p.incomingLabel,
        p.source,
        p.classification,
        p.formSubject,
        p.level,
        p.isAnonymous,
        p.outcome,
        p.forwardedTo,
        p.handledOn,
      ]),
    ).toEqual([
      ['4/2026', 'buu_chinh', 'kien_nghi', 'chinh_sach', null, false, 'luu_don', null, '2026-01-10'],
      ['3/2026', 'nop_truc_tiep', 'phan_anh', 'khac', null, true, null, null, null],
      [
        '2/2026',
        'co_quan_chuyen_den',
        'to_cao',
        'tham_nhung',
        'lan_dau',
        false,
        'chuyen_don',
        'Thanh tra tỉnh',
        '2026-01-09',
      ],
      ['1/2026', 'buu_chinh', 'khieu_nai', 'dat_dai', 'lan_dau', false, 'thu_ly', null, '2026-01-08'],
    ]);
    const steps = await db()
      .selectFrom('petition_steps')
      .select(['eligibility', 'competence', 'ineligible_reason'])
      .orderBy('id')
      .execute();
    expect(steps).toEqual([
      { eligibility: 'du_dieu_kien', competence: 'thuoc', ineligible_reason: null },
      { eligibility: 'du_dieu_kien', competence: 'khong_thuoc', ineligible_reason: null },
      { eligibility: 'khong_du_dieu_kien', competence: null, ineligible_reason: 'Đơn không ký tên' },
    ]);
    const again = await importPetitionsFile(ctx(), file, { dryRun: false });
    expect([again.imported, again.alreadyImported]).toEqual([0, 4]);
    expect(await count()).toBe(4);
  });

  it('reports each bad cell in Vietnamese with its row and column, and writes nothing', async () => {
    const file = tempCsv(
      'ngay nhan don;PHAN LOAI;Linh vuc;noi dung;Ket qua xu ly;Ho ten\n' +
        '31/02/2026;Khiếu nại;Đất đai;Nội dung;;An\n' +
        '05/01/2026;Khieu nai;Tham nhung;Nội dung;;Bình\n' +
        '05/01/2026;Đơn lạ;Khác;Nội dung;;Cường\n' +
        '05/01/2026;Kiến nghị;Khác;Nội dung;Chuyển đơn;Dũng\n' +
        '05/01/2026;Kiến nghị;Khác;Nội dung tốt;;Em\n',
    );
    const result = await importPetitionsFile(ctx(), file, { dryRun: false });
    expect(result.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, 'Ngày nhận đơn', expect.stringContaining('Cột "Ngày nhận đơn":') as string],
      [2, 'Lần', 'Hãy chọn khiếu nại lần đầu hay lần 2.'],
      [3, 'Lĩnh vực', 'Lĩnh vực của loại đơn này phải là một trong: đất đai, chế độ chính sách, khác.'],
      [3, 'Lần', 'Hãy chọn khiếu nại lần đầu hay lần 2.'],
      [
        4,
        'Phân loại đơn',
        '"Đơn lạ" không phải phân loại hợp lệ; hãy ghi một trong: khiếu nại, tố cáo, kiến nghị, phản ánh.',
      ],
      [5, 'Ngày xử lý', 'Đã ghi kết quả xử lý nhưng chưa có ngày xử lý; hãy ghi ngày theo dạng dd/mm/yyyy.'],
      [5, 'Nơi chuyển đơn', 'Hãy ghi cơ quan, đơn vị nhận đơn chuyển.'],
    ]);
    expect([result.totalRows, result.validRows, result.imported]).toEqual([5, 1, 0]);
    expect(await count()).toBe(0);
  });

  it('refuses a file without the required columns, naming them', async () => {
    const result = await importPetitionsFile(ctx(), tempCsv('Họ tên,Nội dung\nAn,Đơn\n'), { dryRun: true });
    expect(result.problems.map((p) => p.message)).toEqual([
      'Thiếu cột bắt buộc "Ngày nhận đơn", "Phân loại đơn", "Lĩnh vực"; hãy thêm các cột này vào dòng tiêu đề.',
    ]);
  });
});
