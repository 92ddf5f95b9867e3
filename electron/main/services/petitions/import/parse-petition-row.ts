import { hash } from 'node:crypto';
import type { z } from 'zod';
import { PetitionDecisionInput, PetitionInput } from '../../../../../shared/contract/petitions';
import { normalizeToneMarks } from '../../../../../shared/domain/text-fold';
import { parseReceivedAt } from '../../register-import/parse-fields';
import type { ImportProblem } from '../../register-import/types';
import { matchValue, type ValueList } from '../../register-import/value-lists';
import {
  CLASSIFICATION_LIST,
  COMPETENCE_LIST,
  ELIGIBILITY_LIST,
  FORM_SUBJECT_LIST,
  LEVEL_LIST,
  OUTCOME_LIST,
  PETITION_COLUMN_CAPTIONS,
  SOURCE_LIST,
  YES_NO_LIST,
  type PetitionColumn,
} from './petition-columns';

/** A row read and validated: the petition, its decision when the file records one, its fingerprint. */
export interface PetitionImportRow {
  rowNumber: number;
  petition: PetitionInput;
  decision: Omit<PetitionDecisionInput, 'id'> | null;
  fingerprint: string;
}

export type CellReader = (column: PetitionColumn) => string;

/** Which column each contract field comes from, for messages the officer can find in the file. */
const FIELD_COLUMNS: Record<string, PetitionColumn> = {
  receivedOn: 'ngay_nhan',
  source: 'nguon_don',
  sourceBody: 'co_quan_chuyen_den',
  isAnonymous: 'nac_danh',
  senders: 'ho_ten',
  fullName: 'ho_ten',
  idNumber: 'so_giay_to',
  address: 'dia_chi',
  classification: 'phan_loai',
  formSubject: 'linh_vuc',
  level: 'lan',
  content: 'noi_dung',
  note: 'ghi_chu',
  decidedOn: 'ngay_xu_ly',
  eligibility: 'dieu_kien',
  ineligibleReason: 'ly_do',
  competence: 'tham_quyen',
  outcome: 'ket_qua',
  forwardedTo: 'noi_chuyen',
};

function problem(row: number, column: PetitionColumn, message: string): ImportProblem {
  return { row, column: PETITION_COLUMN_CAPTIONS[column], message, severity: 'error' };
}

/** A coded cell: blank → null, a known code or label → the code, else an error naming what to write. */
function coded<T extends string>(
  read: CellReader,
  column: PetitionColumn,
  list: ValueList<T>,
  problems: ImportProblem[],
  rowNumber: number,
): T | null {
  const text = read(column);
  if (text === '') return null;
  const value = matchValue(list, text);
  if (value === null) {
    problems.push(
      problem(
        rowNumber,
        column,
        `"${text}" không phải ${list.name} hợp lệ; hãy ghi một trong: ${list.hint}.`,
      ),
    );
  }
  return value;
}

function dateCell(
  read: CellReader,
  column: PetitionColumn,
  now: Date,
  problems: ImportProblem[],
  rowNumber: number,
) {
  const text = read(column);
  if (text === '' && column !== 'ngay_nhan') return null;
  const parsed = parseReceivedAt(text, PETITION_COLUMN_CAPTIONS[column], now);
  if (!parsed.ok) {
    problems.push(problem(rowNumber, column, parsed.message.replace(/ngày tiếp/g, 'ngày')));
    return null;
  }
  return parsed.value.slice(0, 10);
}

function zodProblems(error: z.ZodError, rowNumber: number): ImportProblem[] {
  return error.issues.map((issue) => {
    const field = [...issue.path].reverse().find((part) => typeof part === 'string' && part in FIELD_COLUMNS);
    const column = FIELD_COLUMNS[String(field)] ?? 'noi_dung';
    return problem(rowNumber, column, issue.message);
  });
}

/** Text as compared for the fingerprint: tone marks in one place, whitespace collapsed. */
function canonical(value: unknown): unknown {
  return typeof value === 'string' ? normalizeToneMarks(value.replace(/\s+/g, ' ').trim()) : value;
}

function fingerprintOf(petition: PetitionInput, decision: PetitionImportRow['decision']): string {
  const sender = petition.senders[0];
  const fields = [
    petition.receivedOn,
    petition.source,
    petition.sourceBody,
    petition.isAnonymous,
    sender?.fullName ?? null,
    sender?.idNumber ?? null,
    sender?.address ?? null,
    petition.classification,
    petition.formSubject,
    petition.level,
    petition.content,
    petition.note,
    decision?.decidedOn ?? null,
    decision?.eligibility ?? null,
    decision?.ineligibleReason ?? null,
    decision?.competence ?? null,
    decision?.outcome ?? null,
    decision?.forwardedTo ?? null,
  ];
  return hash('sha256', JSON.stringify(fields.map(canonical)), 'hex');
}

function readDecision(read: CellReader, now: Date, problems: ImportProblem[], rowNumber: number) {
  const outcome = coded(read, 'ket_qua', OUTCOME_LIST, problems, rowNumber);
  if (outcome === null) {
    if (read('ngay_xu_ly') !== '' && read('ket_qua') === '') {
      problems.push(
        problem(
          rowNumber,
          'ket_qua',
          'Có ngày xử lý nhưng chưa ghi kết quả xử lý; hãy ghi kết quả hoặc xóa ngày xử lý.',
        ),
      );
    }
    return null;
  }
  const decidedOn = dateCell(read, 'ngay_xu_ly', now, problems, rowNumber);
  if (decidedOn === null && read('ngay_xu_ly') === '') {
    problems.push(
      problem(
        rowNumber,
        'ngay_xu_ly',
        'Đã ghi kết quả xử lý nhưng chưa có ngày xử lý; hãy ghi ngày theo dạng dd/mm/yyyy.',
      ),
    );
  }
  // Blank condition and competence follow from the outcome, as TT 05/2021 allows only one reading.
  const eligibility =
    coded(read, 'dieu_kien', ELIGIBILITY_LIST, problems, rowNumber) ??
    (outcome === 'luu_don' || outcome === 'tra_lai' ? 'khong_du_dieu_kien' : 'du_dieu_kien');
  const competence =
    coded(read, 'tham_quyen', COMPETENCE_LIST, problems, rowNumber) ??
    (eligibility === 'khong_du_dieu_kien' ? null : outcome === 'thu_ly' ? 'thuoc' : 'khong_thuoc');
  const parsed = PetitionDecisionInput.safeParse({
    id: 1,
    decidedOn: decidedOn ?? '0000-00-00',
    eligibility,
    ineligibleReason: read('ly_do'),
    competence,
    outcome,
    forwardedTo: read('noi_chuyen'),
  });
  if (!parsed.success) {
    problems.push(
      ...zodProblems(parsed.error, rowNumber).filter((p) => p.column !== PETITION_COLUMN_CAPTIONS.ngay_xu_ly),
    );
    return null;
  }
  const { id: _id, ...decision } = parsed.data;
  return decision;
}

/** One data row → a petition (and decision) ready to write, or the row's problems, each saying what to do. */
export function parsePetitionRow(
  rowNumber: number,
  read: CellReader,
  now: Date,
): { ok: true; row: PetitionImportRow } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const receivedOn = dateCell(read, 'ngay_nhan', now, problems, rowNumber);
  const isAnonymous = coded(read, 'nac_danh', YES_NO_LIST, problems, rowNumber) === 'co';
  const hasSender = [read('ho_ten'), read('so_giay_to'), read('dia_chi')].some((text) => text !== '');
  const raw = {
    receivedOn: receivedOn ?? '0000-00-00',
    source: coded(read, 'nguon_don', SOURCE_LIST, problems, rowNumber) ?? 'khac',
    sourceBody: read('co_quan_chuyen_den'),
    isAnonymous,
    senders:
      hasSender && !isAnonymous
        ? [{ fullName: read('ho_ten'), idNumber: read('so_giay_to'), address: read('dia_chi') }]
        : [],
    classification: coded(read, 'phan_loai', CLASSIFICATION_LIST, problems, rowNumber) ?? '',
    formSubject: coded(read, 'linh_vuc', FORM_SUBJECT_LIST, problems, rowNumber) ?? '',
    level: coded(read, 'lan', LEVEL_LIST, problems, rowNumber),
    content: read('noi_dung'),
    note: read('ghi_chu'),
  };
  const decision = readDecision(read, now, problems, rowNumber);
  const parsed = PetitionInput.safeParse(raw);
  if (!parsed.success) {
    const known = new Set(problems.map((p) => p.column));
    problems.push(...zodProblems(parsed.error, rowNumber).filter((p) => !known.has(p.column)));
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return {
    ok: true,
    row: { rowNumber, petition: parsed.data, decision, fingerprint: fingerprintOf(parsed.data, decision) },
  };
}
