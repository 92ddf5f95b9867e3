import { describe, expect, it } from 'vitest';
import type { PetitionFact } from '../petitions/bieu-02-xld';
import { measureByName } from './measure-registry';
import { petitionTally, type PetitionTallies } from './petition-measures';

const fact = (id: number, classification: PetitionFact['classification']): PetitionFact => ({
  id,
  receivedOn: '2026-04-01',
  handledOn: '2026-04-02',
  classification,
  level: 'lan_dau',
  formSubject: classification === 'to_cao' ? 'tham_nhung' : 'dat_dai',
  eligibility: 'du_dieu_kien',
  competence: 'thuoc',
  outcome: 'thu_ly',
  caseId: id,
});

const data = (): PetitionTallies => ({
  facts: [fact(1, 'khieu_nai'), fact(2, 'to_cao'), fact(3, 'khieu_nai')],
  period: { from: '2026-03-15', to: '2026-06-14' },
  byFilter: new Map(),
});

describe('the petitions.xld-N measures', () => {
  it('are registered for the 25 columns and count through columnsOf', () => {
    const loaded = data();
    const values = Array.from({ length: 25 }, (_, i) =>
      measureByName(`petitions.xld-${i + 1}`).value(loaded, {}),
    );
    expect(values).toEqual([3, 3, 3, 3, 3, 2, 2, 0, 2, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => measureByName('petitions.xld-26')).toThrow(
      'Chỉ tiêu "petitions.xld-26" chưa được đăng ký trong bộ đếm báo cáo.',
    );
  });

  it('keep only the phân loại a filter names, and count each filter once for all columns', async () => {
    const loaded = data();
    const denunciations = petitionTally(loaded, { classifications: ['to_cao'] });
    expect([denunciations.values['1'], denunciations.values['12'], denunciations.values['6']]).toEqual([
      1, 1, 0,
    ]);
    expect(petitionTally(loaded, { classifications: ['to_cao'], group: true })).toBe(denunciations);
    expect(loaded.byFilter.size).toBe(1);
    const drilled = await measureByName('petitions.xld-6').drill(
      { range: loaded.period } as never,
      { classifications: ['khieu_nai'] },
      loaded,
    );
    expect(drilled).toEqual({ kind: 'petitions', ids: [1, 3] });
    expect(await measureByName('petitions.xld-5').drill({} as never, {}, loaded)).toEqual({
      kind: 'cases',
      ids: [1, 2, 3],
    });
  });
});
