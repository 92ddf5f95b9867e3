import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureConsole } from '../../../../test/fixtures/console-capture';
import { SAMPLE_CSV, writeTempFile } from '../../services/register-import/test-support';
import { runImportDialogues } from './import-dialogues';
import { runImportPetitions } from './import-petitions';
import { runImportRegister } from './import-register';

const PETITIONS_SAMPLE = join(import.meta.dirname, '../../../../test/fixtures/petitions-sample.csv');
const DIALOGUE_HEADER =
  'NGÀY,Chủ trì,dia diem,Nội dung,Số đại biểu,so_y_kien,Số ý kiến đã trả lời,Cấp,Mã vụ việc';
const DIALOGUE_ROW = '10/11/2026,Trần Văn Bình,Nhà văn hóa thôn 3,Bồi thường,60,15,12,xã,';

const out = captureConsole();

const tempDir = () => mkdtempSync(join(tmpdir(), 'tiepdan-cli-import-'));

/** Runs one command and hands back its exit code and what it printed. */
async function run(command: () => Promise<number>): Promise<[number, string[]]> {
  out.length = 0;
  const code = await command();
  return [code, [...out]];
}

describe('npm run cli -- import-register', () => {
  it('checks the sample with --dry-run, imports it, then skips the rows already there', async () => {
    const dir = tempDir();
    expect(await run(() => runImportRegister(dir, SAMPLE_CSV, true))).toEqual([
      0,
      ['Số dòng dữ liệu: 13; hợp lệ: 13; có lỗi: 0 vấn đề.', 'Chạy thử (--dry-run): chưa ghi gì vào sổ.'],
    ]);
    expect(await run(() => runImportRegister(dir, SAMPLE_CSV, false))).toEqual([
      0,
      [
        'Số dòng dữ liệu: 13; hợp lệ: 13; có lỗi: 0 vấn đề.',
        'Đã nhập 13 lượt tiếp (vụ việc mới: 11, kỳ tiếp mới: 3).',
      ],
    ]);
    expect(await run(() => runImportRegister(dir, SAMPLE_CSV, false))).toEqual([
      0,
      [
        'Số dòng dữ liệu: 13; hợp lệ: 13; có lỗi: 0 vấn đề.',
        'Đã có trong sổ từ lần nhập trước: 13 dòng (bỏ qua).',
        'Đã nhập 0 lượt tiếp (vụ việc mới: 0, kỳ tiếp mới: 0).',
      ],
    ]);
  });
});

describe('npm run cli -- import-petitions', () => {
  it('imports the sample, and a dry run after it finds the rows already there', async () => {
    const dir = tempDir();
    expect(await run(() => runImportPetitions(dir, PETITIONS_SAMPLE, false))).toEqual([
      0,
      ['Số dòng dữ liệu: 4; hợp lệ: 4.', 'Đã nhập 4 đơn.'],
    ]);
    expect(await run(() => runImportPetitions(dir, PETITIONS_SAMPLE, true))).toEqual([
      0,
      [
        'Số dòng dữ liệu: 4; hợp lệ: 4.',
        'Đã có trong sổ từ lần nhập trước: 4 dòng (bỏ qua).',
        'Chạy thử (--dry-run): chưa ghi gì vào sổ đơn thư.',
      ],
    ]);
  });
});

describe('npm run cli -- import-dialogues', () => {
  it('lists a bad row without its column, imports nothing and exits 2', async () => {
    const lines = [DIALOGUE_HEADER, DIALOGUE_ROW, '11/11/2026,Trần Văn Bình,Xã,Đất,10,5,5,,VV-2026-99999'];
    const file = await writeTempFile(tempDir(), 'doi-thoai.csv', lines.join('\n'));
    const problem = '  LỖI – Dòng 3: Không có vụ việc mã "VV-2026-99999"; hãy kiểm tra lại mã hoặc để trống.';
    const counts = 'Số dòng dữ liệu: 2; hợp lệ: 1; có lỗi: 1 vấn đề.';
    expect(await run(() => runImportDialogues(tempDir(), file, false))).toEqual([
      2,
      [problem, counts, 'Chưa nhập dòng nào: hãy sửa các lỗi trên rồi chạy lại.'],
    ]);
    expect(await run(() => runImportDialogues(tempDir(), file, true))).toEqual([
      2,
      [problem, counts, 'Chạy thử (--dry-run): chưa ghi gì.'],
    ]);
  });

  it('imports a good file once, then skips the row already there', async () => {
    const dir = tempDir();
    const file = await writeTempFile(tempDir(), 'doi-thoai.csv', [DIALOGUE_HEADER, DIALOGUE_ROW].join('\n'));
    expect(await run(() => runImportDialogues(dir, file, false))).toEqual([
      0,
      ['Số dòng dữ liệu: 1; hợp lệ: 1; có lỗi: 0 vấn đề.', 'Đã nhập 1 cuộc đối thoại.'],
    ]);
    expect(await run(() => runImportDialogues(dir, file, false))).toEqual([
      0,
      [
        'Số dòng dữ liệu: 1; hợp lệ: 1; có lỗi: 0 vấn đề.',
        'Đã có từ lần nhập trước: 1 dòng (bỏ qua).',
        'Đã nhập 0 cuộc đối thoại.',
      ],
    ]);
  });
});
