/**
 * Reads a dialogue file (CSV or XLSX) into validated rows and per-row Vietnamese problems, with the
 * register import's reader, header matching and date parser.
 */
import { createHash } from 'node:crypto';
import { DIALOGUE_LEVELS, DIALOGUE_LEVEL_LABELS, DialogueInput } from '../../../../shared/contract/dialogues';
import { foldText } from '../../../../shared/domain/text-fold';
import { columnLetter, headerKey } from '../register-import/header-map';
import { parseReceivedAt } from '../register-import/parse-fields';
import { readTable, type TableRow } from '../register-import/read-table';
import type { ImportProblem } from '../register-import/types';
import {
  DIALOGUE_CAPTIONS,
  matchDialogueHeader,
  REQUIRED_DIALOGUE_COLUMNS,
  type DialogueColumn,
} from './dialogue-columns';

export interface DialogueImportRow {
  rowNumber: number;
  input: DialogueInput;
  fingerprint: string;
}

export interface DialogueFileResult {
  totalRows: number;
  rows: DialogueImportRow[];
  problems: ImportProblem[];
}

const fileProblem = (message: string): ImportProblem => ({
  row: null,
  column: null,
  message,
  severity: 'error',
});

type Columns = Partial<Record<DialogueColumn, number>>;

function mapColumns(header: string[]): { columns: Columns; problems: ImportProblem[] } {
  const columns: Columns = {};
  const problems: ImportProblem[] = [];
  header.forEach((cell, index) => {
    const column = cell.trim() === '' ? null : matchDialogueHeader(cell);
    if (column === null) return;
    if (columns[column] !== undefined) {
      problems.push(
        fileProblem(
          `Cột "${column}" xuất hiện hai lần (cột ${columnLetter(columns[column])} và ${columnLetter(index)}); hãy xóa một cột.`,
        ),
      );
    } else columns[column] = index;
  });
  const missing = REQUIRED_DIALOGUE_COLUMNS.filter((column) => columns[column] === undefined);
  if (missing.length > 0) {
    const list = missing.map((c) => `"${c}" (${DIALOGUE_CAPTIONS[c][0]})`).join(', ');
    problems.push(fileProblem(`Thiếu cột bắt buộc ${list}; hãy thêm các cột này vào dòng tiêu đề.`));
  }
  return { columns, problems };
}

const LEVEL_INDEX = new Map<string, string>(
  DIALOGUE_LEVELS.flatMap((level) => [
    [headerKey(level), level],
    [headerKey(DIALOGUE_LEVEL_LABELS[level]), level],
    [headerKey(DIALOGUE_LEVEL_LABELS[level].replace('Cấp ', '')), level],
  ]),
);

function count(text: string): number | string {
  const cleaned = text.replace(/[.\s]/g, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : text;
}

/** The row's values before validation, from the mapped cells. */
function rawRow(
  row: TableRow,
  columns: Columns,
  now: Date,
): { raw: Record<string, unknown>; problems: string[] } {
  const cell = (column: DialogueColumn) =>
    columns[column] === undefined ? '' : (row.cells[columns[column]] ?? '').trim();
  const problems: string[] = [];
  const date = parseReceivedAt(cell('ngay'), DIALOGUE_CAPTIONS.ngay[0]!, now);
  if (!date.ok) problems.push(date.message);
  const levelText = cell('cap');
  const level = levelText === '' ? 'xa' : LEVEL_INDEX.get(headerKey(levelText));
  if (level === undefined)
    problems.push(
      `Cột "Cấp": "${levelText}" không phải cấp đối thoại; hãy ghi xã, tỉnh, sở ngành hoặc khác.`,
    );
  const codes = cell('ma_vu_viec')
    .split(/[,;\s]+/)
    .filter((code) => code !== '');
  return {
    raw: {
      heldOn: date.ok ? date.value.slice(0, 10) : '2000-01-01',
      presidedBy: cell('chu_tri'),
      level: level ?? 'xa',
      place: cell('dia_diem'),
      topic: cell('noi_dung'),
      attendees: count(cell('so_dai_bieu')),
      opinions: count(cell('so_y_kien')),
      answered: count(cell('so_y_kien_da_tra_loi')),
      acceptedForFollowUp: cell('so_y_kien_tiep_thu') === '' ? 0 : count(cell('so_y_kien_tiep_thu')),
      note: cell('ghi_chu'),
      caseCodes: codes.map((code) => code.toUpperCase()),
    },
    problems,
  };
}

/** SHA-256 over the row's content (not its position): the same dialogue imported twice is one dialogue. */
function fingerprint(input: DialogueInput): string {
  const fields = [
    input.heldOn,
    foldText(input.presidedBy),
    input.level,
    foldText(input.place),
    foldText(input.topic),
    input.attendees,
    input.opinions,
    input.answered,
    input.acceptedForFollowUp,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export async function parseDialogueFile(path: string, now: Date): Promise<DialogueFileResult> {
  const table = await readTable(path);
  if (!table.ok) return { totalRows: 0, rows: [], problems: [fileProblem(table.message)] };
  const [header, ...data] = table.rows;
  if (header === undefined)
    return { totalRows: 0, rows: [], problems: [fileProblem('Tệp không có dữ liệu.')] };
  const mapped = mapColumns(header.cells);
  if (mapped.problems.length > 0) return { totalRows: data.length, rows: [], problems: mapped.problems };
  const rows: DialogueImportRow[] = [];
  const problems: ImportProblem[] = [];
  for (const row of data) {
    const { raw, problems: cellProblems } = rawRow(row, mapped.columns, now);
    const parsed = DialogueInput.safeParse(raw);
    const messages = [
      ...cellProblems,
      ...(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)),
    ];
    if (messages.length > 0 || !parsed.success) {
      for (const message of new Set(messages))
        problems.push({ row: row.rowNumber, column: null, message, severity: 'error' });
      continue;
    }
    rows.push({ rowNumber: row.rowNumber, input: parsed.data, fingerprint: fingerprint(parsed.data) });
  }
  return { totalRows: data.length, rows, problems };
}
