/**
 * Figure 1: saving one visit through the real createVisit (person upsert, case link or new case, search
 * terms, audit entry, synchronous=FULL commit) with the whole generated register present.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../electron/main/db/schema';
import { mergeSearchStep } from '../../../electron/main/db/search-maintenance';
import { createSession } from '../../../electron/main/services/sessions';
import { createVisit } from '../../../electron/main/services/visits/create-visit';
import { VisitInput } from '../../../shared/contract/visits';
import { toLocalDate, toLocalIso } from '../../../shared/domain/local-time';
import { BENCH_START, type BenchContext } from '../bench-context';
import { caseContent, CLASSIFICATION, drawSubject, followUpContent } from '../generate/contents';
import { newPerson, sampleOnFile } from '../inputs';
import { repeat, timeOnce } from '../measure';
import { latencyFigure } from '../report';
import type { Measured } from './measured';

const HANDLINGS = ['tra_lai_huong_dan', 'tra_loi_truc_tiep', 'thu_ly', null] as const;

/** 15:00 on the previous day, as typed for a back-dated entry. */
function yesterdayAfternoon(): string {
  return `${toLocalDate(new Date(BENCH_START - 86_400_000))}T15:00`;
}

function representatives(bench: BenchContext, template: VisitInput['person'], count: number) {
  return Array.from({ length: count }, () => newPerson(bench.rng, template).person);
}

/** One intake: 40% returning citizens (most about their earlier case), 3% groups, 6% at the session. */
async function buildInput(bench: BenchContext, sessionId: number): Promise<VisitInput> {
  const { rng } = bench;
  const onFile = await sampleOnFile(bench.db, rng, bench.maxIds.visit);
  const isReturning = rng.chance(0.4);
  const isLinked = isReturning && rng.chance(0.75);
  const fresh = isReturning ? null : newPerson(rng, onFile.person);
  const classification = CLASSIFICATION.pick(rng);
  const subject = drawSubject(rng, classification);
  const commune = fresh?.place.name ?? onFile.communeName;
  const content = isLinked
    ? followUpContent(rng, onFile.caseSummary)
    : caseContent(rng, classification, subject, { commune, hamlet: 'khu dân cư' }, 2026);
  const isGroup = rng.chance(0.03);
  const reps = isGroup ? rng.int(1, 3) : 0;
  const isSession = rng.chance(0.06);
  const isBackEntry = !isSession && rng.chance(0.05);
  return VisitInput.parse({
    receivedAt: isBackEntry ? yesterdayAfternoon() : null,
    backEntryReason: isBackEntry ? 'Nhập bổ sung sau buổi tiếp' : null,
    receptionKind: isSession ? 'dinh_ky' : 'thuong_xuyen',
    sessionId: isSession ? sessionId : null,
    person: fresh?.person ?? onFile.person,
    representatives: representatives(bench, onFile.person, reps),
    headcount: isGroup ? rng.int(5, 30) : 1,
    classification,
    subject,
    content,
    documents: rng.chance(0.3) ? [{ name: 'Đơn trình bày', pages: rng.int(1, 6), isOriginal: true }] : [],
    handling: rng.pick(HANDLINGS),
    caseId: isLinked ? onFile.caseId : null,
  });
}

/** Inputs are built before timing starts; only createVisit is timed. */
export async function benchSave(bench: BenchContext): Promise<Measured[]> {
  const heldOn = toLocalDate(new Date(BENCH_START));
  const session = await createSession(bench.ctx, {
    kind: 'dinh_ky',
    heldOn,
    presidedBy: 'Chủ tịch UBND tỉnh',
    title: `Kỳ tiếp định kỳ ngày ${heldOn}`,
  });
  const total = bench.repeat.warmup + bench.repeat.iterations;
  const inputs: VisitInput[] = [];
  for (let i = 0; i < total; i++) inputs.push(await buildInput(bench, session.id));
  const stats = await repeat((i) => createVisit(bench.ctx, inputs[i]!), bench.memory, bench.repeat);
  const clockNow = toLocalIso(bench.ctx.clock());
  const linked = inputs.filter((input) => input.caseId !== null).length;
  console.log(`  ${linked} of ${total} saves linked an existing case; service clock now ${clockNow}`);
  // The app merges the search indexes when idle (search-maintenance.ts), never inside a save: do the same.
  const merge = await timeOnce(async () => {
    let steps = 0;
    while (await mergeSearchStep(bench.db)) steps++;
    return steps;
  });
  console.log(`  idle search-index merge after the saves: ${merge.result} steps, ${merge.ms.toFixed(0)} ms`);
  const probe = async (db: Kysely<DB>) =>
    createVisit({ ...bench.ctx, db }, await buildInput(bench, session.id));
  return [{ figure: latencyFigure('save visit (createVisit)', stats, 15), stats, probe }];
}
