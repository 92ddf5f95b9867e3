/**
 * Finds which column of an old register holds which field. Offices title columns in their own words, so
 * a header matches ignoring case, spaces, underscores, punctuation and diacritics, against the column
 * code and the captions registers commonly use.
 */
import { foldText } from '../../../../shared/domain/text-fold';
import type { TableRow } from './table-row';
import { COLUMN_CODES, REQUIRED_COLUMNS, type ColumnCode, type ImportProblem } from './types';

/** Caption of each column in messages about a column the file lacks. */
export const COLUMN_CAPTIONS: Record<ColumnCode, string> = {
  ngay_tiep: 'Ngày tiếp',
  hinh_thuc: 'Hình thức tiếp',
  ky_tiep: 'Kỳ tiếp',
  ho_ten: 'Họ tên',
  gioi_tinh: 'Giới tính',
  nam_sinh: 'Năm sinh',
  loai_giay_to: 'Loại giấy tờ',
  so_giay_to: 'Số giấy tờ',
  dia_chi: 'Địa chỉ',
  so_nguoi: 'Số người',
  phan_loai: 'Phân loại',
  linh_vuc: 'Lĩnh vực',
  noi_dung: 'Nội dung',
  ma_vu_viec: 'Mã vụ việc',
  co_quan_da_giai_quyet: 'Cơ quan đã giải quyết',
  huong_xu_ly: 'Hướng xử lý',
  noi_chuyen: 'Nơi chuyển đơn',
  theo_doi_ket_qua: 'Theo dõi kết quả',
  ghi_chu: 'Ghi chú',
  tu_choi: 'Từ chối',
  kenh: 'Kênh tiếp',
};

/** Other captions seen in registers (Mẫu 03 and office-made sheets), besides the code and caption above. */
const EXTRA_CAPTIONS: Record<ColumnCode, string[]> = {
  ngay_tiep: ['Ngày', 'Ngày tiếp công dân', 'Ngày giờ tiếp', 'Thời gian tiếp', 'Thời gian'],
  hinh_thuc: ['Hình thức', 'Loại tiếp'],
  ky_tiep: ['Kỳ tiếp định kỳ', 'Mã kỳ tiếp', 'Phiên tiếp'],
  ho_ten: ['Họ và tên', 'Họ tên công dân', 'Tên công dân', 'Họ tên người được tiếp', 'Người đến tiếp'],
  gioi_tinh: ['Giới'],
  nam_sinh: [],
  loai_giay_to: ['Loại giấy tờ tùy thân'],
  so_giay_to: [
    'Số CCCD',
    'CCCD',
    'Số căn cước',
    'Số căn cước công dân',
    'Số định danh',
    'Số định danh cá nhân',
    'Số CMND',
    'CMND',
    'Số CCCD/CMND',
    'CCCD/CMND',
    'CMND/Hộ chiếu',
    'CCCD/CMND/Hộ chiếu',
    'Số giấy tờ tùy thân',
  ],
  dia_chi: ['Nơi ở', 'Nơi cư trú', 'Địa chỉ cư trú', 'Nơi thường trú'],
  so_nguoi: ['Số người được tiếp', 'Số lượng người', 'Số lượng'],
  phan_loai: ['Phân loại đơn', 'Loại đơn', 'Loại vụ việc'],
  linh_vuc: ['Lĩnh vực vụ việc'],
  noi_dung: ['Nội dung vụ việc', 'Tóm tắt nội dung', 'Nội dung tiếp'],
  ma_vu_viec: ['Vụ việc', 'Số vụ việc'],
  co_quan_da_giai_quyet: ['Cơ quan giải quyết', 'Cơ quan, tổ chức đã giải quyết'],
  huong_xu_ly: ['Xử lý', 'Kết quả xử lý'],
  noi_chuyen: ['Nơi chuyển', 'Chuyển đến', 'Chuyển đơn đến', 'Cơ quan nhận đơn chuyển'],
  theo_doi_ket_qua: ['Theo dõi kết quả giải quyết', 'Kết quả giải quyết'],
  ghi_chu: [],
  tu_choi: ['Từ chối tiếp', 'Lý do từ chối', 'Lý do từ chối tiếp'],
  kenh: ['Kênh', 'Tiếp trực tiếp/trực tuyến'],
};

/** Columns registers carry that the import has no use for; ignored without a warning. */
const IGNORED_CAPTIONS = ['STT', 'TT', 'Số thứ tự'];

/** Comparison key of a caption: folded, then only letters and digits kept. */
export function headerKey(caption: string): string {
  return foldText(caption).replace(/[^a-z0-9]/g, '');
}

const HEADER_INDEX = new Map<string, ColumnCode | 'ignored'>();
for (const code of COLUMN_CODES) {
  for (const caption of [code, COLUMN_CAPTIONS[code], ...EXTRA_CAPTIONS[code]]) {
    const key = headerKey(caption);
    // Two columns sharing a caption would make a header ambiguous: a mistake in the lists above.
    if (HEADER_INDEX.has(key) && HEADER_INDEX.get(key) !== code)
      throw new Error(`"${caption}" names two columns`);
    HEADER_INDEX.set(key, code);
  }
}
for (const caption of IGNORED_CAPTIONS) HEADER_INDEX.set(headerKey(caption), 'ignored');

/** The column a caption names, 'ignored' for known columns without use (STT), null when unknown. */
export function matchHeader(caption: string): ColumnCode | 'ignored' | null {
  return HEADER_INDEX.get(headerKey(caption)) ?? null;
}

/** Spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Where a column is and how the file titles it (used in messages, so the officer recognises it). */
export interface MappedColumn {
  index: number;
  caption: string;
}

/** Columns found; `isUsable` is false when an error makes row parsing pointless. */
export interface HeaderMap {
  columns: Partial<Record<ColumnCode, MappedColumn>>;
  problems: ImportProblem[];
  isUsable: boolean;
}

/** How many captions of a row name known columns. */
function knownCount(cells: string[]): number {
  return cells.filter((cell) => cell.trim() !== '' && matchHeader(cell) !== null).length;
}

/**
 * Index of the header among the table's rows: the first of the first ten rows naming at least two known
 * columns, since registers often carry a title and an agency line above it; the first row otherwise.
 */
export function findHeaderRow(rows: TableRow[]): number {
  const index = rows.slice(0, 10).findIndex((row) => knownCount(row.cells) >= 2);
  return Math.max(index, 0);
}

function problem(message: string, severity: ImportProblem['severity']): ImportProblem {
  return { row: null, column: null, message, severity };
}

function duplicateMessage(code: ColumnCode, first: MappedColumn, second: MappedColumn): string {
  return (
    `Cột "${code}" xuất hiện hai lần ("${first.caption}" ở cột ${columnLetter(first.index)} và ` +
    `"${second.caption}" ở cột ${columnLetter(second.index)}); hãy xóa hoặc đổi tiêu đề một trong hai cột.`
  );
}

/** Unknown captions, and untitled columns that nevertheless hold data: both are skipped, with a warning. */
function skippedColumnWarnings(unknown: string[], untitled: number[]): ImportProblem[] {
  const warnings: ImportProblem[] = [];
  if (unknown.length > 0) {
    const list = unknown.map((caption) => `"${caption}"`).join(', ');
    warnings.push(
      problem(
        `Không nhận ra các cột ${list} nên bỏ qua dữ liệu ở đó; nếu cần nhập, hãy đổi tiêu đề theo mẫu ` +
          `(ví dụ "Ngày tiếp", "Họ tên", "Số giấy tờ").`,
        'warning',
      ),
    );
  }
  if (untitled.length > 0) {
    const letters = untitled.map(columnLetter).join(', ');
    warnings.push(problem(`Cột ${letters} có dữ liệu nhưng không có tiêu đề nên bị bỏ qua.`, 'warning'));
  }
  return warnings;
}

/**
 * Maps a header row to column codes. Missing required columns give one error naming them all, a column
 * named twice an error, unknown captions one warning; the data rows tell whether an untitled column matters.
 */
function hasDataIn(dataRows: Iterable<TableRow>, index: number): boolean {
  for (const row of dataRows) if ((row.cells[index] ?? '').trim() !== '') return true;
  return false;
}

export function mapHeader(header: string[], dataRows: Iterable<TableRow>): HeaderMap {
  const columns: Partial<Record<ColumnCode, MappedColumn>> = {};
  const problems: ImportProblem[] = [];
  const unknown: string[] = [];
  const untitled: number[] = [];
  header.forEach((cell, index) => {
    const caption = cell.normalize('NFC').replace(/\s+/g, ' ').trim();
    const code = caption === '' ? null : matchHeader(caption);
    if (caption === '') {
      if (hasDataIn(dataRows, index)) untitled.push(index);
    } else if (code === null) {
      unknown.push(caption);
    } else if (code !== 'ignored') {
      const existing = columns[code];
      if (existing === undefined) columns[code] = { index, caption };
      else problems.push(problem(duplicateMessage(code, existing, { index, caption }), 'error'));
    }
  });
  const missing = REQUIRED_COLUMNS.filter((code) => columns[code] === undefined);
  if (missing.length > 0) {
    const list = missing.map((code) => `"${code}" (${COLUMN_CAPTIONS[code]})`).join(', ');
    problems.push(problem(`Thiếu cột bắt buộc ${list}; hãy thêm các cột này vào dòng tiêu đề.`, 'error'));
  }
  problems.push(...skippedColumnWarnings(unknown, untitled));
  return { columns, problems, isUsable: !problems.some((p) => p.severity === 'error') };
}
