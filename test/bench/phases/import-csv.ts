/**
 * A CSV register in the import format (the captions of the sample register, UTF-8 with BOM): an older
 * register (2019–2020) of the generator's own citizens, grouped into cases by `Mã vụ việc`.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Kysely } from 'kysely';
import type { DB } from '../../../electron/main/db/schema';
import { loadAddressBook } from '../../../electron/main/services/address';
import {
  CLASSIFICATION_LABELS,
  GENDER_LABELS,
  HANDLING_LABELS,
  RECEPTION_KIND_LABELS,
  type ReceptionKind,
} from '../../../shared/domain/classification';
import { SUBJECTS } from '../../../shared/domain/subjects';
import { drawSecondOfDay, localMoment, workingDays, isoOf } from '../generate/calendar';
import { caseContent, CLASSIFICATION, drawSubject, followUpContent } from '../generate/contents';
import { drawVisitCounts } from '../generate/plan-slots';
import { rngFor, STREAM, Weighted, type Rng } from '../generate/prng';
import { drawHandling } from '../generate/visit-facts';

const HEADER = [
  'Ngày tiếp',
  'Hình thức tiếp',
  'Kỳ tiếp',
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Loại giấy tờ',
  'Số CCCD',
  'Địa chỉ',
  'Số người',
  'Phân loại',
  'Lĩnh vực',
  'Nội dung',
  'Mã vụ việc',
  'Cơ quan đã giải quyết',
  'Hướng xử lý',
  'Nơi chuyển',
  'Theo dõi kết quả',
  'Ghi chú',
  'Từ chối',
];

const ID_TYPE_CAPTIONS: Record<string, string> = { cccd: 'CCCD', cmnd: 'CMND', ho_chieu: 'Hộ chiếu' };
const SUBJECT_LABELS = Object.fromEntries(SUBJECTS.map((s) => [s.code, s.label])) as Record<string, string>;
const KINDS = new Weighted<ReceptionKind>([
  ['thuong_xuyen', 90],
  ['dinh_ky', 7],
  ['dot_xuat', 1],
  ['uy_quyen', 2],
]);

type PersonRow = Awaited<ReturnType<typeof personQuery>>;

function personQuery(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('persons')
    .select(['full_name', 'gender', 'birth_year', 'id_type', 'id_number', 'address_line', 'commune_code'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function addressOf(person: PersonRow): string {
  const book = loadAddressBook();
  const commune = book.commune(person.commune_code ?? '');
  const province = commune === null ? null : book.province(commune.provinceCode);
  return [person.address_line, commune?.name ?? null, province?.name ?? null]
    .filter((p) => p !== null)
    .join(', ');
}

/** dd/mm/yyyy hh:mm:ss from stored ISO text. */
function registerDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 19)}`;
}

interface CaseRows {
  time: number;
  cells: (string | number | null)[];
}

function caseRows(
  rng: Rng,
  person: PersonRow,
  caseNumber: number,
  count: number,
  days: number[],
): CaseRows[] {
  const classification = CLASSIFICATION.pick(rng);
  const subject = drawSubject(rng, classification);
  const address = addressOf(person);
  const commune = loadAddressBook().commune(person.commune_code ?? '')?.name ?? '';
  const summary = caseContent(rng, classification, subject, { commune, hamlet: 'khu dân cư' }, 2020);
  let day = rng.int(0, days.length - 1);
  return Array.from({ length: count }, (_, position) => {
    if (position > 0) day = Math.min(days.length - 1, day + rng.int(1, 60));
    const time = localMoment(days[day] ?? 0, drawSecondOfDay(rng));
    const iso = isoOf(time);
    const kind = KINDS.pick(rng);
    const facts = drawHandling(rng, commune, position > 0);
    const cells = [
      ...[
        registerDate(iso),
        RECEPTION_KIND_LABELS[kind],
        kind === 'thuong_xuyen' ? null : `KT-${kind}-${iso.slice(0, 10)}`,
      ],
      ...[person.full_name, person.gender === null ? null : GENDER_LABELS[person.gender], person.birth_year],
      ...[ID_TYPE_CAPTIONS[person.id_type ?? ''] ?? null, person.id_number, address, 1],
      ...[CLASSIFICATION_LABELS[classification], subject === null ? null : (SUBJECT_LABELS[subject] ?? null)],
      ...[
        position === 0 ? summary : followUpContent(rng, summary, 80),
        `BENCH-VV-${String(caseNumber).padStart(6, '0')}`,
      ],
      ...[facts.resolvedByBody, facts.handling === null ? null : HANDLING_LABELS[facts.handling]],
      ...[facts.forwardedTo, facts.resultTracking, facts.note, null],
    ];
    return { time, cells };
  });
}

/** Writes `rows` register rows to `file`; returns the number of cases they belong to. */
export async function writeImportCsv(
  db: Kysely<DB>,
  file: string,
  options: { rows: number; seed: number; maxPersonId: number },
): Promise<number> {
  const rng = rngFor(options.seed, STREAM.importCsv, 0);
  const days = workingDays('2019-01-02', '2020-12-31');
  const cases = Math.ceil(options.rows / 3.33);
  const counts = drawVisitCounts(rng, cases, options.rows);
  const rows: CaseRows[] = [];
  for (let c = 0; c < cases; c++) {
    const person = await personQuery(db, rng.int(1, options.maxPersonId));
    rows.push(...caseRows(rng, person, c + 1, counts[c] ?? 1, days));
  }
  rows.sort((a, b) => a.time - b.time);
  const out = createWriteStream(file, 'utf8');
  out.write(`\uFEFF${HEADER.join(',')}\n`);
  for (const row of rows) {
    if (!out.write(`${row.cells.map(csvField).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return cases;
}
