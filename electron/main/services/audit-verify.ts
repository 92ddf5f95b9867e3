import { sql, type Kysely, type Selectable } from 'kysely';
import { formatCount } from '../../../shared/domain/number-format';
import type { AuditLogTable, DB } from '../db/schema';
import { auditHash, GENESIS_HASH } from './audit';

/** What is wrong with the first broken entry. */
export type AuditProblemKind = 'edited' | 'deleted' | 'reordered';

export interface AuditProblem {
  /** The entry found wrong; for a deletion, the first missing id. */
  id: number;
  kind: AuditProblemKind;
  /** What is wrong, in Vietnamese. */
  message: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  /** Entries read before the walk stopped (all of them when ok). */
  count: number;
  lastId: number | null;
  /** Hash of the last entry (the genesis hash when empty): an anchor to write down or print. */
  lastHash: string;
  problem: AuditProblem | null;
}

/** One stored entry, as the migration created it. */
type AuditRow = Selectable<AuditLogTable>;

const BATCH = 2000;

/** Why the entry does not hang on its predecessor: another entry's hash, or nothing known. */
async function brokenLink(db: Kysely<DB>, row: AuditRow, prevId: number | null): Promise<AuditProblem> {
  const owner = await db
    .selectFrom('audit_log')
    .select('id')
    .where('hash', '=', row.prev_hash)
    .executeTakeFirst();
  if (owner && owner.id !== prevId) {
    return {
      id: row.id,
      kind: 'reordered',
      message: `Thứ tự nhật ký đã bị đảo: mục #${row.id} lẽ ra phải đứng ngay sau mục #${owner.id}.`,
    };
  }
  if (prevId === null) {
    return {
      id: row.id,
      kind: 'edited',
      message: `Mục đầu tiên #${row.id} đã bị sửa: nó không bắt đầu từ mã gốc của nhật ký.`,
    };
  }
  return {
    id: prevId,
    kind: 'edited',
    message:
      `Mục #${prevId} đã bị sửa và tính lại mã (hoặc có mục bị xóa rồi đánh số lại giữa #${prevId} ` +
      `và #${row.id}): mục #${row.id} không còn nối tiếp với nó.`,
  };
}

/** Checks one entry against the one before it; null when it is sound. */
async function checkRow(
  db: Kysely<DB>,
  row: AuditRow,
  expectedId: number,
  prevId: number | null,
  prevHash: string,
): Promise<AuditProblem | null> {
  if (row.id !== expectedId) {
    const range = row.id - 1 > expectedId ? `#${expectedId}–#${row.id - 1}` : `#${expectedId}`;
    return {
      id: expectedId,
      kind: 'deleted',
      message: `Mục ${range} đã bị xóa khỏi nhật ký (mục còn lại tiếp theo là #${row.id}).`,
    };
  }
  const { prev_hash: linked, hash, id: _id, ...fields } = row;
  if (auditHash(linked, fields) !== hash) {
    return {
      id: row.id,
      kind: 'edited',
      message: `Mục #${row.id} (${row.at}, ${row.action}) đã bị sửa sau khi ghi: nội dung không khớp mã băm.`,
    };
  }
  return linked === prevHash ? null : brokenLink(db, row, prevId);
}

/**
 * The highest id SQLite ever handed out for the log (AUTOINCREMENT keeps it in sqlite_sequence): above
 * the last id left, entries were cut off the end. SQLite-specific, like the online backup.
 */
async function highestIssuedId(db: Kysely<DB>): Promise<number> {
  const row = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'audit_log'`
    .execute(db)
    .catch(() => ({ rows: [] as { seq: number }[] }));
  return Number(row.rows[0]?.seq ?? 0);
}

function tailProblem(lastId: number | null, issued: number): AuditProblem | null {
  const kept = lastId ?? 0;
  if (issued <= kept) return null;
  const range = issued > kept + 1 ? `#${kept + 1}–#${issued}` : `#${issued}`;
  return {
    id: kept + 1,
    kind: 'deleted',
    message: `Mục cuối ${range} đã bị xóa khỏi nhật ký (nhật ký từng có ${formatCount(issued)} mục).`,
  };
}

/**
 * Walks the hash chain in id order: each entry's hash is recomputed, each must name its predecessor's
 * hash, and ids must run 1, 2, 3… without gaps. Stops at the first broken entry. A rewrite of the whole
 * chain from some entry onwards (all later hashes recomputed) is only caught by comparing `lastHash`
 * with a copy kept elsewhere (a printed report, a backup). Safe to run while the desk keeps saving.
 */
export async function verifyAuditChain(db: Kysely<DB>): Promise<AuditVerifyResult> {
  // Read before the walk: entries the desk appends meanwhile only raise the ids the walk then sees.
  const issued = await highestIssuedId(db);
  let prevHash = GENESIS_HASH;
  let prevId: number | null = null;
  let count = 0;
  for (;;) {
    const rows: AuditRow[] = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', prevId ?? 0)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      count += 1;
      const problem = await checkRow(db, row, (prevId ?? 0) + 1, prevId, prevHash);
      if (problem) return { ok: false, count, lastId: prevId, lastHash: prevHash, problem };
      prevHash = row.hash;
      prevId = row.id;
    }
    if (rows.length < BATCH) break;
  }
  const problem = tailProblem(prevId, issued);
  return { ok: problem === null, count, lastId: prevId, lastHash: prevHash, problem };
}

/** The one-line verdict the CLI prints (and the future viewer shows). */
export function describeAuditResult(result: AuditVerifyResult): string {
  if (result.ok) {
    return `Nhật ký toàn vẹn: ${formatCount(result.count)} mục, mã cuối ${result.lastHash}.`;
  }
  return (
    `Nhật ký KHÔNG toàn vẹn: ${result.problem?.message ?? ''} Hãy giữ nguyên tệp dữ liệu, sao lưu ngay ` +
    `một bản và báo cho lãnh đạo; so với bản sao lưu gần nhất để biết nội dung bị đổi.`
  );
}
