import type { MeasureFilter } from '../../../../shared/reports/definition-types';
import { BIEU_02_XLD_COLUMNS } from '../../../../shared/reports/definitions/bieu-02-xld';
import {
  loadPetitionFacts,
  tallyBieu02,
  type Bieu02Period,
  type Bieu02Tally,
  type PetitionFact,
} from '../petitions/bieu-02-xld';
import { allows } from './measure-filter';
import { defineMeasure, registerMeasure, type MeasureSource } from './measure-registry';

/** A period's petitions, loaded once; each filter's tally is counted once and shared by the 25 columns. */
export interface PetitionTallies {
  facts: readonly PetitionFact[];
  period: Bieu02Period;
  byFilter: Map<string, Bieu02Tally>;
}

export const PETITIONS: MeasureSource<PetitionTallies> = {
  name: 'petitions',
  load: async (ctx) => ({
    facts: await loadPetitionFacts(ctx.db, ctx.range),
    period: ctx.range,
    byFilter: new Map(),
  }),
};

/**
 * Biểu 02/XLD's counting (`columnsOf`) over the petitions a filter keeps. Petitions know their phân loại;
 * the other fields of a filter do not apply to them and are ignored.
 */
export function petitionTally(data: PetitionTallies, filter: MeasureFilter): Bieu02Tally {
  const key = JSON.stringify(filter.classifications ?? null);
  let tally = data.byFilter.get(key);
  if (!tally) {
    const facts = data.facts.filter((fact) => allows(filter.classifications, fact.classification));
    tally = tallyBieu02(facts, data.period);
    data.byFilter.set(key, tally);
  }
  return tally;
}

/** `petitions.xld-1` … `petitions.xld-25`: one column of Biểu 02/XLD and the petitions (col 5: cases) behind it. */
function registerPetitionMeasures(): void {
  for (const column of BIEU_02_XLD_COLUMNS)
    registerMeasure(
      `petitions.xld-${column}`,
      defineMeasure(
        PETITIONS,
        (data, filter) => petitionTally(data, filter).values[column] ?? 0,
        (_ctx, filter, data) => {
          const source = petitionTally(data, filter).sources[column];
          return Promise.resolve({ kind: source?.kind ?? 'petitions', ids: [...(source?.ids ?? [])] });
        },
      ),
    );
}

registerPetitionMeasures();
