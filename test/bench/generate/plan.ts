/**
 * The shape of the data set before any text is written: which case each visit belongs to, when it was
 * received, by which kind of reception, with how many people, and which abstract person slot attended.
 * Visits are kept as columns (typed arrays) so a million of them stay small in memory.
 */
import type { Classification } from '../../../shared/domain/classification';
import type { SubjectCode } from '../../../shared/domain/subjects';
import { drawSecondOfDay, localMoment, workingDays } from './calendar';
import { CLASSIFICATION, drawSubject } from './contents';
import type { GeneratorParams } from './params';
import { planSessions, type SessionPlan } from './plan-sessions';
import { drawVisitCounts, resolveSlots } from './plan-slots';
import { rngFor, STREAM, type Rng } from './prng';
import { drawGroup, drawSmallHeadcount, RECEPTION_KIND, KIND_CODES, REFUSAL } from './visit-facts';

/** Share of a case's repeat visits attended by its alternate (a relative, a lawyer) when it has one. */
const ALT_SHARE = 0.5;

export interface CasePlan {
  classification: Classification;
  subject: SubjectCode | null;
  /** Person requests (resolved to slots by `slotOf`): the petitioner, then other representatives. */
  mainRequest: number;
  repRequests: number[];
  /** Headcount of a group case; 0 for an ordinary one. */
  groupHeadcount: number;
}

/** Visits as columns, in planning order (grouped by case). */
export interface VisitColumns {
  count: number;
  /** Epoch seconds. */
  time: Float64Array;
  day: Int32Array;
  caseIndex: Int32Array;
  request: Int32Array;
  /** Index into KIND_CODES. */
  kind: Uint8Array;
  /** Index into Plan.sessions, -1 for the regular desk. */
  session: Int32Array;
  headcount: Uint16Array;
  /** 0 = received; otherwise index + 1 into REFUSAL_CODES_ORDER. */
  refusal: Uint8Array;
}

export interface Plan {
  days: number[];
  cases: CasePlan[];
  sessions: SessionPlan[];
  visits: VisitColumns;
  /** Person slot of each request. */
  slotOf: Int32Array;
  personSlots: number;
  /** Visit indices sorted by reception time: the order ids are given in. */
  order: Uint32Array;
}

function emptyVisits(count: number): VisitColumns {
  return {
    count,
    time: new Float64Array(count),
    day: new Int32Array(count),
    caseIndex: new Int32Array(count),
    request: new Int32Array(count),
    kind: new Uint8Array(count),
    session: new Int32Array(count).fill(-1),
    headcount: new Uint16Array(count),
    refusal: new Uint8Array(count),
  };
}

/** Working-day indices of a case's visits: a first day, then gaps of days to months. */
function caseDays(rng: Rng, visitCount: number, dayCount: number): number[] {
  const gaps = [0];
  for (let i = 1; i < visitCount; i++)
    gaps.push(1 + Math.min(400, Math.floor(-Math.log(1 - rng.next()) * 35)));
  let span = gaps.reduce((sum, gap) => sum + gap, 0);
  const scale = span >= dayCount ? (dayCount - 1) / span : 1;
  span = Math.floor(span * scale);
  let day = Math.floor(rng.next() * (dayCount - span));
  return gaps.map((gap) => (day += Math.floor(gap * scale)));
}

interface PlanState {
  rng: Rng;
  params: GeneratorParams;
  days: number[];
  visits: VisitColumns;
  next: number;
  requests: number;
  altRate: number;
}

function planVisitsOf(state: PlanState, caseIndex: number, plan: CasePlan, visitCount: number): void {
  const { rng, visits } = state;
  const reps = plan.repRequests.length + 1;
  const hasAlt = visitCount > 1 && rng.chance(state.altRate);
  let altRequest = -1;
  caseDays(rng, visitCount, state.days.length).forEach((day, position) => {
    const v = state.next++;
    visits.caseIndex[v] = caseIndex;
    visits.day[v] = day;
    visits.time[v] = localMoment(state.days[day] ?? 0, drawSecondOfDay(rng));
    visits.kind[v] = KIND_CODES.indexOf(RECEPTION_KIND.pick(rng));
    visits.refusal[v] = rng.chance(state.params.refusalRate) ? REFUSAL.pick(rng) : 0;
    const byAlt = hasAlt && position > 0 && rng.chance(ALT_SHARE);
    if (byAlt && altRequest < 0) altRequest = state.requests++;
    visits.request[v] = byAlt ? altRequest : plan.mainRequest;
    visits.headcount[v] =
      plan.groupHeadcount > 0
        ? Math.max(reps, 5, plan.groupHeadcount + rng.int(-3, 3))
        : drawSmallHeadcount(rng);
  });
}

/** How many cases get an alternate attendee, sized so that about `persons` citizens are used. */
function altRateFor(params: GeneratorParams, counts: Uint8Array): number {
  let multi = 0;
  for (const count of counts) if (count > 1) multi += 1 - Math.pow(1 - ALT_SHARE, count - 1);
  const reps = params.cases * params.groupRate * 1.73;
  const wanted = params.persons * 1.05 - params.cases - reps;
  return multi === 0 ? 0 : Math.min(0.9, Math.max(0, wanted / multi));
}

/** The whole plan: cases, visits, sessions, person slots and the time order. */
export function buildPlan(params: GeneratorParams): Plan {
  const rng = rngFor(params.seed, STREAM.plan, 0);
  const days = workingDays(params.from, params.to);
  const counts = drawVisitCounts(rng, params.cases, params.visits);
  const state: PlanState = {
    rng,
    params,
    days,
    visits: emptyVisits(params.visits),
    next: 0,
    requests: 0,
    altRate: altRateFor(params, counts),
  };
  const cases: CasePlan[] = [];
  for (let c = 0; c < params.cases; c++) {
    const classification = CLASSIFICATION.pick(rng);
    const group = rng.chance(params.groupRate) ? drawGroup(rng) : null;
    const plan: CasePlan = {
      classification,
      subject: drawSubject(rng, classification),
      mainRequest: state.requests++,
      repRequests: Array.from({ length: (group?.representatives ?? 1) - 1 }, () => state.requests++),
      groupHeadcount: group?.headcount ?? 0,
    };
    cases.push(plan);
    planVisitsOf(state, c, plan, counts[c] ?? 1);
  }
  const sessions = planSessions(rng, state.visits, days);
  const { slotOf, slots } = resolveSlots(
    rngFor(params.seed, STREAM.slots, 0),
    state.requests,
    params.persons,
  );
  return {
    days,
    cases,
    sessions,
    visits: state.visits,
    slotOf,
    personSlots: slots,
    order: timeOrder(state.visits),
  };
}

function timeOrder(visits: VisitColumns): Uint32Array {
  const order = new Uint32Array(visits.count);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => (visits.time[a] ?? 0) - (visits.time[b] ?? 0) || a - b);
}
