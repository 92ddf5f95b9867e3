import { describe, expect, it } from 'vitest';
import type { PetitionListInput } from '../../../../shared/contract/petitions';
import { petitionInput } from '../../../../test/fixtures/petition-input';
import { decide, listFilter, PETITION_TODAY } from '../../../../test/fixtures/petition-test-db';
import { useTestDb } from '../../../../test/fixtures/use-test-db';
import { createPetition } from './create-petition';
import { handlePetition } from './handle-petition';
import { listPetitions } from './petition-queries';

const { db, ctx } = useTestDb(PETITION_TODAY);

const listAll = (overrides: Partial<PetitionListInput> = {}) => listPetitions(db(), listFilter(overrides));

describe('petition list', () => {
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
});
