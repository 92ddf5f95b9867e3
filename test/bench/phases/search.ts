/**
 * Figure 2: folded search. The register's search box (listVisits with a name fragment typed without
 * diacritics, 20 rows) and the intake's case suggestions (suggestCases with full name and commune).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../electron/main/db/schema';
import { suggestCases } from '../../../electron/main/services/cases';
import { listVisits } from '../../../electron/main/services/visits/visit-queries';
import { CaseSuggestInput } from '../../../shared/contract/cases';
import { VisitListInput } from '../../../shared/contract/visits';
import { foldText } from '../../../shared/domain/text-fold';
import type { BenchContext } from '../bench-context';
import { namePrefix, newPerson, sampleOnFile } from '../inputs';
import { formatMs, repeat, type Stats } from '../measure';
import { latencyFigure } from '../report';
import type { Measured } from './measured';

/** Fragments officers type; the rest of the queries are prefixes of generated names. */
const FIXED_QUERIES = [
  'nguyen van h',
  'tran thi m',
  'le quang',
  'pham thi thu',
  'hoang van nam',
  'nguyen thi',
  'vo van t',
  'dang thi h',
  'bui duc',
  'do minh',
];

async function randomPerson(bench: BenchContext) {
  return bench.db
    .selectFrom('persons')
    .select(['full_name', 'commune_code'])
    .where('id', '=', bench.rng.int(1, bench.maxIds.person))
    .executeTakeFirstOrThrow();
}

/** The slowest calls and what they searched for. */
function printSlowest(stats: Stats, labels: string[], warmup: number): void {
  const slowest = stats.samples
    .map((ms, index) => ({ ms, label: labels[warmup + index] ?? '' }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  console.log(`    slowest: ${slowest.map((s) => `"${s.label}" ${formatMs(s.ms)} ms`).join(', ')}`);
}

async function benchVisitSearch(bench: BenchContext): Promise<Measured> {
  const total = bench.repeat.warmup + bench.repeat.iterations;
  const queries: string[] = [];
  for (let i = 0; i < total; i++) {
    const fixed = FIXED_QUERIES[i % (FIXED_QUERIES.length * 2)];
    queries.push(fixed ?? namePrefix(bench.rng, foldText((await randomPerson(bench)).full_name)));
  }
  const inputs = queries.map((query) => VisitListInput.parse({ query, limit: 20 }));
  const stats = await repeat((i) => listVisits(bench.db, inputs[i]!), bench.memory, bench.repeat);
  printSlowest(stats, queries, bench.repeat.warmup);
  return {
    figure: latencyFigure('search: listVisits query, 20 rows', stats, 20),
    stats,
    probe: (db) => listVisits(db, VisitListInput.parse({ query: 'nguyen van h', limit: 20 })),
  };
}

async function suggestInputs(bench: BenchContext, withContent: boolean): Promise<CaseSuggestInput[]> {
  const inputs: CaseSuggestInput[] = [];
  for (let i = 0; i < bench.repeat.warmup + bench.repeat.iterations; i++) {
    const onFile = await sampleOnFile(bench.db, bench.rng, bench.maxIds.visit);
    const person = bench.rng.chance(0.8) ? onFile.person : newPerson(bench.rng, onFile.person).person;
    inputs.push(
      CaseSuggestInput.parse({
        fullName: person.fullName,
        communeCode: person.communeCode,
        content: withContent ? onFile.caseSummary : null,
      }),
    );
  }
  return inputs;
}

async function benchSuggest(bench: BenchContext, withContent: boolean): Promise<Measured> {
  const inputs = await suggestInputs(bench, withContent);
  const stats = await repeat((i) => suggestCases(bench.db, inputs[i]!), bench.memory, bench.repeat);
  const name = withContent
    ? 'search: suggestCases name+commune+content'
    : 'search: suggestCases name+commune';
  return {
    figure: latencyFigure(name, stats, withContent ? 100 : 20),
    stats,
    probe: (db: Kysely<DB>) => suggestCases(db, inputs[0]!),
  };
}

/** Register search, then suggestions by name and commune (target), then with content too (informational). */
export async function benchSearch(bench: BenchContext): Promise<Measured[]> {
  const visitSearch = await benchVisitSearch(bench);
  const suggest = await benchSuggest(bench, false);
  const suggestWithContent = await benchSuggest(bench, true);
  return [visitSearch, suggest, suggestWithContent];
}
