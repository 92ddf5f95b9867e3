/**
 * Sessions (kỳ tiếp) of the head: periodic ones on Thursdays, ad-hoc and delegated ones on any working
 * day. Visits of those kinds are moved to the next session day of their kind, so each visit is received
 * on the day its session is held (the rule createVisit enforces).
 */
import { isThursday } from './calendar';
import type { VisitColumns } from './plan';
import type { Rng } from './prng';
import { drawPresider, KIND_CODES } from './visit-facts';

export type SessionKind = 'dinh_ky' | 'dot_xuat' | 'uy_quyen';

export interface SessionPlan {
  kind: SessionKind;
  /** Working-day index. */
  day: number;
  presidedBy: string;
}

/** Visits per session on average, by kind. */
const VISITS_PER_SESSION: Record<SessionKind, number> = { dinh_ky: 20, dot_xuat: 8, uy_quyen: 12 };
const SESSION_KINDS: readonly SessionKind[] = ['dinh_ky', 'dot_xuat', 'uy_quyen'];

/** `needed` days among the candidates: evenly spread, several per day when there are more than days. */
function sessionDays(candidates: number[], needed: number): number[] {
  if (candidates.length === 0) return [];
  const perDay = Math.ceil(needed / candidates.length);
  const chosen: number[] = [];
  for (let i = 0; i < needed; i++) {
    const slot = Math.floor(i / perDay);
    const stride = (candidates.length * perDay) / needed;
    chosen.push(candidates[Math.min(candidates.length - 1, Math.floor(slot * stride))] ?? 0);
  }
  return chosen;
}

/** First index in the sorted list whose value is ≥ target (list length when none). */
function lowerBound(sorted: readonly number[], target: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Moves one visit to a session of its kind on or after its planned day (the last one when none). */
function snapVisit(
  rng: Rng,
  visits: VisitColumns,
  v: number,
  kindDays: number[],
  firstId: number,
  days: number[],
) {
  const planned = visits.day[v] ?? 0;
  let at = Math.min(lowerBound(kindDays, planned), kindDays.length - 1);
  const day = kindDays[at] ?? 0;
  while (at > 0 && kindDays[at - 1] === day) at--;
  let sameDay = 1;
  while (kindDays[at + sameDay] === day) sameDay++;
  visits.session[v] = firstId + at + rng.int(0, sameDay - 1);
  visits.time[v] = (visits.time[v] ?? 0) + ((days[day] ?? 0) - (days[planned] ?? 0)) / 1000;
  visits.day[v] = day;
}

/** Creates the sessions and links every visit of a session kind to one; returns them grouped by kind. */
export function planSessions(rng: Rng, visits: VisitColumns, days: number[]): SessionPlan[] {
  const sessions: SessionPlan[] = [];
  const thursdays = days.map((_, index) => index).filter((index) => isThursday(days[index] ?? 0));
  const allDays = days.map((_, index) => index);
  for (const kind of SESSION_KINDS) {
    const code = KIND_CODES.indexOf(kind);
    const members: number[] = [];
    for (let v = 0; v < visits.count; v++) if (visits.kind[v] === code) members.push(v);
    if (members.length === 0) continue;
    const needed = Math.max(1, Math.round(members.length / VISITS_PER_SESSION[kind]));
    const candidates = kind === 'dinh_ky' ? thursdays : allDays;
    const kindDays = (
      kind === 'dinh_ky'
        ? sessionDays(candidates, needed)
        : Array.from({ length: needed }, () => rng.int(0, days.length - 1))
    ).sort((a, b) => a - b);
    const firstId = sessions.length;
    for (const day of kindDays) sessions.push({ kind, day, presidedBy: drawPresider(rng) });
    for (const v of members) snapVisit(rng, visits, v, kindDays, firstId, days);
  }
  return inDayOrder(sessions, visits);
}

/** Sessions renumbered by the day they are held (ids grow with time, as when created one by one). */
function inDayOrder(sessions: SessionPlan[], visits: VisitColumns): SessionPlan[] {
  const order = sessions.map((_, index) => index);
  order.sort((a, b) => (sessions[a]?.day ?? 0) - (sessions[b]?.day ?? 0) || a - b);
  const renumbered = new Int32Array(order.length);
  order.forEach((old, index) => (renumbered[old] = index));
  for (let v = 0; v < visits.count; v++) {
    const session = visits.session[v] ?? -1;
    if (session >= 0) visits.session[v] = renumbered[session] ?? 0;
  }
  return order.map((index) => sessions[index] as SessionPlan);
}
