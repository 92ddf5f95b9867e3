import { describe, expect, it } from 'vitest';
import { DialogueInput } from '../../../../shared/contract/dialogues';
import { testContext } from '../../../../test/fixtures/test-db';
import { visitInput } from '../../../../test/fixtures/visit-input';
import { createVisit } from '../visits/create-visit';
import { listDialogues, saveDialogue } from './dialogues';
import { useTestDb } from '../../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const ctx = () => testContext(db());
const input = (overrides: Record<string, unknown> = {}) =>
  DialogueInput.parse({
    heldOn: '2026-11-20',
    presidedBy: 'Trần Văn Bình',
    level: 'xa',
    place: 'Hội trường UBND xã',
    topic: 'Hộ dân bị thu hồi đất dự án khu dân cư',
    attendees: 35,
    opinions: 12,
    answered: 10,
    acceptedForFollowUp: 2,
    ...overrides,
  });

describe('dialogues', () => {
  it('records one linked to a case, lists it, and audits an edit old → new', async () => {
    const visit = await createVisit(ctx(), visitInput());
    const saved = await saveDialogue(ctx(), input({ caseCodes: [visit.caseCode] }));
    expect(saved.cases).toEqual([{ id: visit.caseId, code: visit.caseCode }]);
    await saveDialogue(ctx(), input({ id: saved.id, attendees: 40, caseCodes: [visit.caseCode] }));
    const [listed] = await listDialogues(db(), { from: '2026-11-01', to: '2026-11-30' });
    expect([listed?.attendees, listed?.opinions, listed?.cases.length]).toEqual([40, 12, 1]);
    const audit = await db()
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'dialogue.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail!)).toEqual({ changes: [{ field: 'attendees', old: 35, new: 40 }] });
  });

  it('refuses an unknown case code and more answered than raised opinions', async () => {
    await expect(saveDialogue(ctx(), input({ caseCodes: ['VV-2026-00404'] }))).rejects.toThrow(
      'Không có vụ việc mã "VV-2026-00404"; hãy kiểm tra lại mã.',
    );
    expect((await db().selectFrom('dialogues').selectAll().execute()).length).toBe(0);
    const parsed = DialogueInput.safeParse({ ...input(), answered: 13 });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([
      'Số ý kiến đã trả lời không thể nhiều hơn số ý kiến.',
    ]);
  });
});
