import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PetitionDecisionInput, PetitionInput } from '../../../../shared/contract/petitions';
import { createTestDb, fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { petitionInput } from '../../../../test/fixtures/petition-input';
import type { DB } from '../../db/schema';
import { MASKED_NAME } from '../confidentiality';
import { createPetition, updatePetition } from './create-petition';
import { addPetitionReply, handlePetition } from './handle-petition';
import { attachmentsDir, attachToPetition } from './petition-attachments';
import { petitionDeadlines } from './petition-deadlines';
import { maskPetitionDetail } from './petition-masking';
import { listPetitions } from './petition-queries';

let db: Kysely<DB>;
beforeEach(async () => {
  db = await createTestDb();
});
afterEach(async () => {
  await db.destroy();
});

const ctx = () => testContext(db, fixedClock('2026-07-01T02:00:00Z'));
const decide = (input: Record<string, unknown>) =>
  PetitionDecisionInput.parse({ decidedOn: '2026-03-05', ...input });
const listAll = (overrides: Record<string, unknown> = {}) =>
  listPetitions(db, {
    year: null,
    classification: null,
    source: null,
    state: null,
    outcome: null,
    query: null,
    limit: 200,
    ...overrides,
  });
const issuesOf = (schema: typeof PetitionInput | typeof PetitionDecisionInput, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('petition registry', () => {
  it('numbers petitions per year of receipt, links senders and opens a case', async () => {
    const first = await createPetition(ctx(), petitionInput({ receivedOn: '2025-12-30' }));
    const second = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-01-02', content: 'Đơn khác' }),
    );
    const third = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-01-03', content: 'Đơn thứ ba' }),
    );
    expect([first.incomingLabel, second.incomingLabel, third.incomingLabel]).toEqual([
      '1/2025',
      '1/2026',
      '2/2026',
    ]);
    expect(first.senders.map((s) => s.fullName)).toEqual(['Trần Thị Lan']);
    expect(second.senders[0]?.id).toBe(first.senders[0]?.id);
    expect(first.caseCode).toMatch(/^VV-2025-\d{5}$/);
    expect(first.dueOn).toBe('2026-01-09');
    const audit = await db.selectFrom('audit_log').select(['action', 'entity_id']).execute();
    expect(audit.filter((a) => a.action === 'petition.create')).toHaveLength(3);
  });

  it('joins the case of the same content from the same person and flags the duplicate', async () => {
    const original = await createPetition(ctx(), petitionInput());
    const again = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-03-20', content: '  khiếu nại QUYẾT ĐỊNH thu hồi đất của UBND xã ' }),
    );
    expect([again.caseId, again.duplicateOf]).toEqual([original.caseId, original.id]);
    const other = await createPetition(ctx(), petitionInput({ content: 'Khiếu nại việc cấp sổ đỏ' }));
    expect(other.caseId).not.toBe(original.caseId);
    expect(other.duplicateOf).toBeNull();
  });

  it('lists by state, classification and words, and finds "12/2026" by its incoming number', async () => {
    const a = await createPetition(ctx(), petitionInput());
    await createPetition(
      ctx(),
      petitionInput({
        classification: 'phan_anh',
        formSubject: 'khac',
        level: null,
        content: 'Phản ánh tiếng ồn',
      }),
    );
    await handlePetition(
      ctx(),
      decide({ id: a.id, eligibility: 'du_dieu_kien', competence: 'thuoc', outcome: 'thu_ly' }),
    );
    expect((await listAll({ state: 'chua_xu_ly' })).map((p) => p.content)).toEqual(['Phản ánh tiếng ồn']);
    expect((await listAll({ classification: 'khieu_nai' })).map((p) => p.id)).toEqual([a.id]);
    expect((await listAll({ query: 'tieng on' })).map((p) => p.content)).toEqual(['Phản ánh tiếng ồn']);
    expect((await listAll({ query: '1/2026' })).map((p) => p.id)).toEqual([a.id]);
  });

  it('refuses bad input with Vietnamese messages saying what to do', () => {
    const base = {
      receivedOn: '2026-03-02',
      source: 'co_quan_chuyen_den',
      classification: 'to_cao',
      content: 'x',
    };
    expect(issuesOf(PetitionInput, { ...base, formSubject: 'dat_dai', level: 'lan_hai' })).toEqual([
      ['sourceBody', 'Hãy ghi cơ quan, tổ chức đã chuyển đơn đến.'],
      ['senders', 'Hãy ghi người đứng đơn, hoặc đánh dấu đơn nặc danh.'],
      ['formSubject', 'Lĩnh vực của loại đơn này phải là một trong: hành chính, tham nhũng, tư pháp, khác.'],
      ['level', 'Hãy chọn tố cáo lần đầu hay tố cáo tiếp.'],
    ]);
    expect(issuesOf(PetitionInput, { ...base, receivedOn: '2026-02-30' })[0]).toEqual([
      'receivedOn',
      'Ngày nhận đơn không hợp lệ; hãy chọn ngày theo dạng dd/mm/yyyy.',
    ]);
    expect(
      issuesOf(PetitionDecisionInput, {
        id: 1,
        decidedOn: '2026-03-05',
        eligibility: 'du_dieu_kien',
        competence: 'khong_thuoc',
        outcome: 'thu_ly',
      }),
    ).toEqual([
      ['outcome', 'Với điều kiện và thẩm quyền đã chọn, kết quả xử lý phải là hướng dẫn hoặc chuyển đơn.'],
    ]);
    expect(
      issuesOf(PetitionDecisionInput, {
        id: 1,
        decidedOn: '2026-03-05',
        eligibility: 'khong_du_dieu_kien',
        outcome: 'luu_don',
      }),
    ).toEqual([['ineligibleReason', 'Hãy ghi lý do đơn không đủ điều kiện xử lý.']]);
  });

  it('refuses a petition dated after today, and a decision dated before receipt', async () => {
    await expect(createPetition(ctx(), petitionInput({ receivedOn: '2026-07-02' }))).rejects.toThrow(
      'Ngày nhận đơn không được sau hôm nay; hãy kiểm tra lại ngày.',
    );
    const saved = await createPetition(ctx(), petitionInput());
    await expect(
      handlePetition(
        ctx(),
        decide({
          id: saved.id,
          decidedOn: '2026-03-01',
          eligibility: 'du_dieu_kien',
          competence: 'thuoc',
          outcome: 'thu_ly',
        }),
      ),
    ).rejects.toThrow('Ngày xử lý không được trước ngày nhận đơn (02/03/2026).');
  });
});

describe('handling', () => {
  it('records a forwarding with its history, audits old → new, and takes the reply', async () => {
    const saved = await createPetition(ctx(), petitionInput());
    const handled = await handlePetition(
      ctx(),
      decide({
        id: saved.id,
        eligibility: 'du_dieu_kien',
        competence: 'khong_thuoc',
        outcome: 'chuyen_don',
        forwardedTo: 'UBND huyện',
      }),
    );
    expect([handled.outcome, handled.forwardedTo, handled.handledOn, handled.handledByName]).toEqual([
      'chuyen_don',
      'UBND huyện',
      '2026-03-05',
      'Cán bộ thử nghiệm',
    ]);
    expect(handled.steps.map((s) => [s.outcome, s.forwardedTo, s.officerName])).toEqual([
      ['chuyen_don', 'UBND huyện', 'Cán bộ thử nghiệm'],
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'petition.handle')
      .executeTakeFirstOrThrow();
    const detail = JSON.parse(audit.detail ?? '{}') as { changes: Record<string, unknown> };
    expect(detail.changes['outcome']).toEqual({ old: null, new: 'chuyen_don' });
    const replied = await addPetitionReply(ctx(), {
      id: saved.id,
      receivedOn: '2026-04-01',
      fromBody: 'UBND huyện',
      reference: '120/UBND',
      summary: 'Đã giải quyết',
    });
    expect(replied.replies.map((r) => [r.fromBody, r.reference])).toEqual([['UBND huyện', '120/UBND']]);
  });

  it('forwards a petition once: its duplicate may not be forwarded again', async () => {
    const original = await createPetition(ctx(), petitionInput());
    const again = await createPetition(ctx(), petitionInput({ receivedOn: '2026-03-10' }));
    await handlePetition(
      ctx(),
      decide({
        id: original.id,
        eligibility: 'du_dieu_kien',
        competence: 'khong_thuoc',
        outcome: 'chuyen_don',
        forwardedTo: 'UBND huyện',
      }),
    );
    await expect(
      handlePetition(
        ctx(),
        decide({
          id: again.id,
          decidedOn: '2026-03-11',
          eligibility: 'du_dieu_kien',
          competence: 'khong_thuoc',
          outcome: 'chuyen_don',
          forwardedTo: 'UBND huyện',
        }),
      ),
    ).rejects.toThrow(
      'Đơn trùng nội dung với đơn số 1/2026 đã chuyển đến UBND huyện ngày 05/03/2026; đơn trùng không chuyển lại, hãy chọn lưu đơn.',
    );
    const filed = await handlePetition(
      ctx(),
      decide({
        id: again.id,
        decidedOn: '2026-03-11',
        eligibility: 'khong_du_dieu_kien',
        ineligibleReason: 'Đơn trùng',
        outcome: 'luu_don',
      }),
    );
    expect(filed.outcome).toBe('luu_don');
  });

  it('refuses a reply for a petition not forwarded', async () => {
    const saved = await createPetition(ctx(), petitionInput());
    await expect(
      addPetitionReply(ctx(), {
        id: saved.id,
        receivedOn: '2026-04-01',
        fromBody: 'X',
        reference: null,
        summary: 'Y',
      }),
    ).rejects.toThrow('Đơn này chưa được chuyển đi nên chưa có cơ quan trả lời; hãy xử lý chuyển đơn trước.');
  });

  it('audits each corrected field old → new', async () => {
    const saved = await createPetition(ctx(), petitionInput());
    const input = petitionInput({ source: 'nop_truc_tiep', content: 'Nội dung đã sửa' });
    const updated = await updatePetition(ctx(), saved.id, input);
    expect([updated.source, updated.content, updated.incomingLabel]).toEqual([
      'nop_truc_tiep',
      'Nội dung đã sửa',
      '1/2026',
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'petition.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail ?? '{}')).toEqual({
      changes: {
        source: { old: 'buu_chinh', new: 'nop_truc_tiep' },
        content: { old: 'Khiếu nại quyết định thu hồi đất của UBND xã', new: 'Nội dung đã sửa' },
      },
    });
  });
});

describe('attachments, deadlines and confidentiality', () => {
  it('copies a scan into the data folder with its SHA-256, refusing other types and repeats', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-petition-'));
    const saved = await createPetition(ctx(), petitionInput());
    const bytes = Buffer.from('%PDF-1.4 bản quét');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const upload = { id: saved.id, fileName: 'don.pdf', contentBase64: bytes.toString('base64') };
    const attached = await attachToPetition(ctx(), dataDir, upload);
    expect(attached.attachments).toEqual([
      { id: 1, fileName: 'don.pdf', sizeBytes: bytes.length, sha256: sha },
    ]);
    const stored = await db
      .selectFrom('petition_attachments')
      .select('stored_path')
      .executeTakeFirstOrThrow();
    expect(readFileSync(join(attachmentsDir(dataDir), stored.stored_path)).equals(bytes)).toBe(true);
    await expect(attachToPetition(ctx(), dataDir, upload)).rejects.toThrow(
      'Bản quét này đã được đính kèm vào đơn (tệp "don.pdf").',
    );
    await expect(attachToPetition(ctx(), dataDir, { ...upload, fileName: 'don.exe' })).rejects.toThrow(
      'Chỉ đính kèm bản quét dạng PDF, JPG, PNG hoặc TIFF; hãy lưu bản quét theo một trong các dạng này.',
    );
  });

  it('lists overdue and due-soon unhandled petitions', async () => {
    const old = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-06-01', content: 'Đơn quá hạn' }),
    );
    const soon = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-06-24', content: 'Đơn sắp đến hạn' }),
    );
    await createPetition(ctx(), petitionInput({ receivedOn: '2026-06-30', content: 'Đơn còn hạn' }));
    const done = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-06-02', content: 'Đơn đã xử lý' }),
    );
    await handlePetition(
      ctx(),
      decide({
        id: done.id,
        decidedOn: '2026-06-03',
        eligibility: 'du_dieu_kien',
        competence: 'thuoc',
        outcome: 'thu_ly',
      }),
    );
    const result = await petitionDeadlines(db, '2026-07-01');
    expect(result.overdue.map((p) => [p.id, p.dueOn, p.daysLeft])).toEqual([[old.id, '2026-06-11', -20]]);
    expect(result.dueSoon.map((p) => [p.id, p.dueOn, p.daysLeft])).toEqual([[soon.id, '2026-07-04', 3]]);
  });

  it('hides a denouncer on the way out, and keeps an anonymous petition anonymous', async () => {
    const tc = await createPetition(
      ctx(),
      petitionInput({
        classification: 'to_cao',
        formSubject: 'tham_nhung',
        level: 'lan_dau',
        content: 'Tố cáo',
      }),
    );
    const masked = maskPetitionDetail(tc);
    expect([
      masked.senderNames,
      masked.isIdentityMasked,
      masked.senders[0]?.fullName,
      masked.senders[0]?.idNumber,
    ]).toEqual([MASKED_NAME, true, MASKED_NAME, null]);
    const anonymous = await createPetition(
      ctx(),
      petitionInput({ isAnonymous: true, senders: [], content: 'Đơn không tên' }),
    );
    expect([anonymous.senderNames, anonymous.senders]).toEqual(['Đơn nặc danh', []]);
  });
});
