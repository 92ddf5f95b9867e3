import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../../test/fixtures/use-test-db';
import { meaningfulWords, RARE_POSTINGS_BUDGET, rareWords, similarCaseIds } from './similar-cases';

const { db } = useTestDb();

async function indexCases(from: number, count: number, terms: string): Promise<void> {
  await sql`insert into case_search (rowid, terms)
    with recursive n(i) as (select ${from} union all select i + 1 from n where i < ${from + count - 1})
    select i, ${terms} from n`.execute(db());
}

describe('similar cases', () => {
  it('keeps the words that say something, folded, once each', () => {
    expect(meaningfulWords('Khiếu nại việc thu hồi ĐẤT, thửa số 355; đất nông nghiệp')).toEqual([
      'thu',
      'hoi',
      'dat',
      'thua',
      '355',
      'nong',
      'nghiep',
    ]);
  });

  it('chooses the rarest words that fit the postings budget, and always the rarest one', () => {
    const counted = new Map([
      ['dat', 150_000],
      ['355', 20],
      ['phong', 3_000],
      ['tranh', 16_000],
      ['bang', 1_000],
    ]);
    expect(rareWords(counted)).toEqual(['355', 'bang', 'phong']);
    expect(
      rareWords(
        new Map([
          ['dat', 150_000],
          ['xa', 140_000],
        ]),
      ),
    ).toEqual(['xa']);
    expect(RARE_POSTINGS_BUDGET).toBe(20_000);
  });

  it('offers the cases sharing the rarest words, ranked by them', async () => {
    await indexCases(1, 30, 'dat xa');
    await indexCases(101, 12, 'tranh chap');
    await indexCases(201, 1, '355 nong nghiep');
    await indexCases(202, 1, '355 tranh chap dat');
    await indexCases(203, 1, 'quyet dinh 701 thua 355');
    // With a budget of 10 postings: 701 (1 case), quyet (1) and 355 (3) fit, tranh (13) does not. The cases
    // with only "tranh chấp" or "đất" are left out; the one sharing the most rare words comes first.
    const text = 'Tranh chấp đất thửa 355, quyết định 701';
    expect(await similarCaseIds(db(), text, 10, 10)).toEqual([203, 201, 202]);
    // With 100, every word fits: all 45 cases share one.
    expect(await similarCaseIds(db(), text, 50, 100)).toHaveLength(45);
  });

  it('searches by a word saved after an earlier search found no case with it', async () => {
    await indexCases(1, 3, 'thu hoi dat');
    expect(await similarCaseIds(db(), 'quyết định 701', 10)).toEqual([]);
    await indexCases(10, 1, 'quyet dinh 701 thu hoi dat');
    expect(await similarCaseIds(db(), 'quyết định 701', 10)).toEqual([10]);
  });
});
