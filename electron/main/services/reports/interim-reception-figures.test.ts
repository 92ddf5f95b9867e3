import { describe, expect, it } from 'vitest';
import { addSession } from '../../../../test/fixtures/tally-data';
import { createTestDb } from '../../../../test/fixtures/test-db';
import { interimReceptionFigures } from './interim-reception-figures';

describe('interimReceptionFigures', () => {
  it('counts sessions by kind and held days from reception_sessions; no announced days, no dialogues', async () => {
    const db = await createTestDb();
    const s1 = await addSession(db, 'dinh_ky', '2024-02-05');
    const s2 = await addSession(db, 'dot_xuat', '2024-02-05');
    const s3 = await addSession(db, 'uy_quyen', '2024-03-01');
    await addSession(db, 'dinh_ky', '2024-06-15');
    const figures = await interimReceptionFigures(db, { from: '2023-12-15', to: '2024-06-14' });
    expect(figures.sessions).toEqual({
      dinh_ky: { count: 1, ids: [s1] },
      dot_xuat: { count: 1, ids: [s2] },
      uy_quyen: { count: 1, ids: [s3] },
    });
    expect(figures.heldDays).toEqual({
      inPerson: { count: 1, ids: [s1] },
      delegated: { count: 1, ids: [s3] },
    });
    expect(figures.announcedDays.inPerson.count).toBe(0);
    expect(figures.dialogues.count).toBe(0);
    await db.destroy();
  });
});
