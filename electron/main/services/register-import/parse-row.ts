/**
 * One data row of an old register → a clean RegisterImportRow, or the problems that keep it out.
 */
import { RECEPTION_KIND_LABELS } from '../../../../shared/domain/classification';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { rowFingerprint } from './fingerprint';
import type { MappedColumn } from './header-map';
import { parseBirthYear, parseHeadcount, parseReceivedAt, type FieldResult } from './parse-fields';
import { parseIdentity } from './parse-identity';
import type { TableRow } from './table-row';
import type { ColumnCode, ImportProblem, RegisterImportRow } from './types';
import {
  CLASSIFICATION_LIST,
  GENDER_LIST,
  HANDLING_LIST,
  RECEPTION_KIND_LIST,
  CHANNEL_LIST,
  REFUSAL_LIST,
  SUBJECT_LIST,
  matchValue,
  type ValueList,
} from './value-lists';
import { collapseWhitespace } from './whitespace';

export type { ImportProblem, RegisterImportRow } from './types';

/** Where the columns are, and the moment "in the future" is measured from. */
export interface RowContext {
  columns: Partial<Record<ColumnCode, MappedColumn>>;
  now: Date;
  /**
   * The row's fingerprint when a first pass over the same row has computed it already (the import's write
   * pass): hashing every field is half the cost of parsing a row.
   */
  fingerprint?: string;
}

/** The row when it has no errors (null otherwise), and every problem found in it. */
export interface RowResult {
  row: RegisterImportRow | null;
  problems: ImportProblem[];
}

/** The intake form's limits (shared/contract), so an imported row holds no more than a typed one. */
const MAX_LENGTH: Partial<Record<ColumnCode, number>> = {
  ho_ten: 150,
  so_giay_to: 20,
  dia_chi: 300,
  noi_dung: 10_000,
  co_quan_da_giai_quyet: 300,
  noi_chuyen: 300,
  theo_doi_ket_qua: 1000,
  ghi_chu: 1000,
  ky_tiep: 100,
  ma_vu_viec: 100,
};
const DEFAULT_MAX_LENGTH = 300;

/** Reads cells by column code and collects problems, so each field's rule stays a few lines. */
class RowReader {
  readonly problems: ImportProblem[] = [];
  private readonly tooLong = new Set<ColumnCode>();

  constructor(
    private readonly source: TableRow,
    private readonly columns: RowContext['columns'],
  ) {}

  /** The cell, NFC and trimmed; '' when blank, when the file has no such column, or when it is too long. */
  text(code: ColumnCode): string {
    const column = this.columns[code];
    const raw = column === undefined ? '' : (this.source.cells[column.index] ?? '');
    const limit = MAX_LENGTH[code] ?? DEFAULT_MAX_LENGTH;
    if (raw.length > limit * 2) return this.refuseLength(code, raw.length, limit);
    const value = raw.normalize('NFC').trim();
    return value.length > limit ? this.refuseLength(code, value.length, limit) : value;
  }

  private refuseLength(code: ColumnCode, length: number, limit: number): string {
    if (!this.tooLong.has(code)) {
      this.tooLong.add(code);
      this.add(code, `Cột "${this.caption(code)}": dài ${length} ký tự, quá giới hạn ${limit}; hãy rút gọn.`);
    }
    return '';
  }

  /** A one-line value: inner runs of spaces and line breaks collapsed; null when blank. */
  line(code: ColumnCode): string | null {
    const value = collapseWhitespace(this.text(code));
    return value === '' ? null : value;
  }

  /** Free text keeping its line breaks; null when blank. */
  paragraph(code: ColumnCode): string | null {
    const value = this.text(code);
    return value === '' ? null : value;
  }

  caption(code: ColumnCode): string {
    return this.columns[code]?.caption ?? code;
  }

  add(code: ColumnCode | null, message: string, severity: ImportProblem['severity'] = 'error'): void {
    this.problems.push({ row: this.source.rowNumber, column: code, message, severity });
  }

  /** A field parser's value, or its message recorded as an error and `fallback` returned. */
  field<T>(code: ColumnCode, result: FieldResult<T>, fallback: T): T {
    if (result.ok) return result.value;
    this.add(code, result.message);
    return fallback;
  }

  /** A coded cell: null when blank (an error too when `isRequired`), the code, or an error naming the choices. */
  coded<T extends string>(code: ColumnCode, list: ValueList<T>, isRequired = false): T | null {
    const value = this.text(code);
    const choices = `hãy ghi một trong: ${list.hint}.`;
    if (value === '') {
      if (isRequired) this.add(code, `Cột "${this.caption(code)}": chưa có ${list.name}; ${choices}`);
      return null;
    }
    const matched = matchValue(list, value);
    if (matched === null)
      this.add(code, `Cột "${this.caption(code)}": "${value}" không phải ${list.name} hợp lệ; ${choices}`);
    return matched;
  }

  required(code: ColumnCode, what: string): string {
    const value = code === 'noi_dung' ? this.paragraph(code) : this.line(code);
    if (value === null && !this.tooLong.has(code))
      this.add(code, `Cột "${this.caption(code)}": chưa có ${what}.`);
    return value ?? '';
  }

  get hasErrors(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }
}

type RowFields = Omit<RegisterImportRow, 'rowNumber' | 'fingerprint'>;

/** Kỳ tiếp: required for the head's sessions and delegated reception, meaningless for the regular desk. */
function readSession(reader: RowReader, kind: RowFields['receptionKind']): string | null {
  const sessionKey = reader.line('ky_tiep');
  const caption = reader.caption('ky_tiep');
  if (kind === 'thuong_xuyen' && sessionKey !== null) {
    const message = `Cột "${caption}": lượt tiếp thường xuyên không thuộc kỳ tiếp nào nên bỏ qua "${sessionKey}"; nếu đây là buổi lãnh đạo tiếp, hãy ghi hình thức tiếp là định kỳ, đột xuất hoặc ủy quyền.`;
    reader.add('ky_tiep', message, 'warning');
    return null;
  }
  if (kind !== 'thuong_xuyen' && sessionKey === null) {
    const kindLabel = RECEPTION_KIND_LABELS[kind].toLowerCase();
    const message = `Cột "${caption}": lượt "${kindLabel}" cần có kỳ tiếp; hãy ghi mã kỳ tiếp, các lượt của cùng một buổi tiếp ghi cùng một mã.`;
    reader.add('ky_tiep', message);
  }
  return sessionKey;
}

function readPerson(reader: RowReader, currentYear: number): RowFields['person'] {
  const fullName = reader.required('ho_ten', 'họ tên; hãy ghi họ và tên người được tiếp');
  const gender = reader.coded('gioi_tinh', GENDER_LIST);
  const birthYear = reader.field(
    'nam_sinh',
    parseBirthYear(reader.text('nam_sinh'), reader.caption('nam_sinh'), currentYear),
    null,
  );
  const identity = parseIdentity({
    typeText: reader.text('loai_giay_to'),
    numberText: reader.text('so_giay_to'),
    typeCaption: reader.caption('loai_giay_to'),
    numberCaption: reader.caption('so_giay_to'),
    gender,
    birthYear,
    currentYear,
  });
  for (const issue of identity.issues) {
    reader.add(issue.on === 'type' ? 'loai_giay_to' : 'so_giay_to', issue.message, issue.severity);
  }
  const { idType, idNumber } = identity;
  return { fullName, gender, birthYear, idType, idNumber, address: reader.line('dia_chi') };
}

/** Hướng xử lý and the columns that depend on it: where the petition went, and a refusal. */
function readHandling(reader: RowReader): Pick<RowFields, 'handling' | 'forwardedTo' | 'refusalReason'> {
  const handling = reader.coded('huong_xu_ly', HANDLING_LIST);
  const forwardedTo = reader.line('noi_chuyen');
  if (handling === 'chuyen_don' && forwardedTo === null) {
    const message = `Cột "${reader.caption('noi_chuyen')}": hướng xử lý là chuyển đơn nhưng chưa ghi nơi chuyển; hãy ghi tên cơ quan, đơn vị nhận đơn.`;
    reader.add('noi_chuyen', message);
  }
  const refusalReason = reader.coded('tu_choi', REFUSAL_LIST);
  if (refusalReason !== null && handling !== null) {
    const message = `Lượt tiếp bị từ chối (cột "${reader.caption('tu_choi')}") nhưng vẫn ghi hướng xử lý; hãy kiểm tra lại, lượt bị từ chối thường không có hướng xử lý.`;
    reader.add('huong_xu_ly', message, 'warning');
  }
  return { handling, forwardedTo, refusalReason };
}

function readFields(reader: RowReader, now: Date): RowFields | null {
  const receivedAt = reader.field(
    'ngay_tiep',
    parseReceivedAt(reader.text('ngay_tiep'), reader.caption('ngay_tiep'), now),
    '',
  );
  const receptionKind = reader.coded('hinh_thuc', RECEPTION_KIND_LIST) ?? 'thuong_xuyen';
  const sessionKey = readSession(reader, receptionKind);
  const channel = reader.coded('kenh', CHANNEL_LIST) ?? 'truc_tiep';
  const person = readPerson(reader, Number(toLocalIso(now).slice(0, 4)));
  const headcount = reader.field(
    'so_nguoi',
    parseHeadcount(reader.text('so_nguoi'), reader.caption('so_nguoi')),
    1,
  );
  const classification = reader.coded('phan_loai', CLASSIFICATION_LIST, true);
  const subject = reader.coded('linh_vuc', SUBJECT_LIST);
  const content = reader.required('noi_dung', 'nội dung vụ việc; hãy tóm tắt nội dung công dân trình bày');
  const caseKey = reader.line('ma_vu_viec');
  const resolvedByBody = reader.line('co_quan_da_giai_quyet');
  const handlingFields = readHandling(reader);
  const resultTracking = reader.paragraph('theo_doi_ket_qua');
  const note = reader.paragraph('ghi_chu');
  if (reader.hasErrors || classification === null) return null;
  return {
    receivedAt,
    receptionKind,
    sessionKey,
    channel,
    person,
    headcount,
    classification,
    subject,
    content,
    caseKey,
    resolvedByBody,
    ...handlingFields,
    resultTracking,
    note,
  };
}

/**
 * Parses one data row. Problems carry the spreadsheet row number and the column code; messages name the
 * column by the file's own caption. Blank hình thức means the regular desk, blank số người means 1.
 */
export function parseRow(source: TableRow, context: RowContext): RowResult {
  const reader = new RowReader(source, context.columns);
  const fields = readFields(reader, context.now);
  if (fields === null) return { row: null, problems: reader.problems };
  const row: RegisterImportRow = {
    rowNumber: source.rowNumber,
    ...fields,
    fingerprint: context.fingerprint ?? rowFingerprint(fields),
  };
  return { row, problems: reader.problems };
}
