/**
 * Visits in reception order (id order = time order), their visit_persons rows and visit_search terms,
 * with is_first_reception set as refreshCase would: the earliest visit of a case that was not refused.
 */
import type Database from 'better-sqlite3';
import { foldText } from '../../../shared/domain/text-fold';
import { isoOf } from './calendar';
import { followUpContent } from './contents';
import type { Plan } from './plan';
import { personVisitTerms, type PersonRecord } from './persons';
import { rngFor, STREAM } from './prng';
import { attendees, type Ids } from './write-db';
import {
  drawHandling,
  drawOfficer,
  KIND_CODES,
  REFUSAL_CODES_ORDER,
  type HandlingFacts,
} from './visit-facts';

const BATCH = 50_000;
const NO_HANDLING: HandlingFacts = {
  handling: null,
  forwardedTo: null,
  resolvedByBody: null,
  resultTracking: null,
  note: null,
};

export interface VisitWriteContext {
  sqlite: Database.Database;
  plan: Plan;
  persons: PersonRecord[];
  ids: Ids;
  summaries: string[];
  seed: number;
  /** Called every BATCH visits with how many are written. */
  onProgress?: (written: number) => void;
}

function statements(sqlite: Database.Database) {
  return {
    visit: sqlite.prepare(`insert into visits (id, received_at, received_on, reception_kind, session_id,
      person_id, case_id, is_first_reception, headcount, is_group, classification, subject, content,
      resolved_by_body, handling, forwarded_to, result_tracking, note, refusal_reason, back_entry_reason,
      officer_user_id, officer_name, created_at, updated_at, import_key, id_check_overrides)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, ?, ?, ?, null, null)`),
    person: sqlite.prepare('insert into visit_persons (visit_id, person_id, role) values (?, ?, ?)'),
    search: sqlite.prepare('insert into visit_search (rowid, terms) values (?, ?)'),
  };
}

/** Writes every visit; returns how many. */
export function writeVisits(context: VisitWriteContext): number {
  const { sqlite, plan, persons, ids, summaries, seed } = context;
  const { visits } = plan;
  const sql = statements(sqlite);
  const seen = new Uint8Array(plan.cases.length);
  const hasFirst = new Uint8Array(plan.cases.length);
  const visitTerms = new Map<number, string>();
  const termsOf = (slot: number) => {
    let terms = visitTerms.get(slot);
    if (terms === undefined) visitTerms.set(slot, (terms = personVisitTerms(persons[slot] as PersonRecord)));
    return terms;
  };
  const writeOne = (v: number, id: number) => {
    const c = visits.caseIndex[v] ?? 0;
    const casePlan = plan.cases[c]!;
    const slots = attendees(plan, v);
    const main = persons[slots[0] ?? 0] as PersonRecord;
    const rng = rngFor(seed, STREAM.visit, v);
    const isRepeat = (seen[c] ?? 0) > 0;
    seen[c] = 1;
    const summary = summaries[c] ?? '';
    const content = isRepeat ? followUpContent(rng, summary) : summary;
    const refusal = visits.refusal[v] ?? 0;
    const isFirst = refusal === 0 && hasFirst[c] === 0;
    if (isFirst) hasFirst[c] = 1;
    const facts = refusal === 0 ? drawHandling(rng, main.place.name, isRepeat) : NO_HANDLING;
    const at = isoOf(visits.time[v] ?? 0);
    const headcount = visits.headcount[v] ?? 1;
    const session = visits.session[v] ?? -1;
    sql.visit.run(
      ...[id, at, at.slice(0, 10), KIND_CODES[visits.kind[v] ?? 0], session < 0 ? null : session + 1],
      ...[
        ids.personIdOfSlot[slots[0] ?? 0],
        ids.caseIdOf[c],
        isFirst ? 1 : 0,
        headcount,
        headcount >= 5 ? 1 : 0,
      ],
      ...[casePlan.classification, casePlan.subject, content, facts.resolvedByBody, facts.handling],
      ...[facts.forwardedTo, facts.resultTracking, facts.note],
      ...[refusal === 0 ? null : REFUSAL_CODES_ORDER[refusal - 1], drawOfficer(rng), at, at],
    );
    slots.forEach((slot, index) =>
      sql.person.run(id, ids.personIdOfSlot[slot], index === 0 ? 'nguoi_tiep' : 'dai_dien'),
    );
    sql.search.run(id, [...slots.map(termsOf), foldText(content)].join(' '));
  };
  for (let start = 0; start < visits.count; start += BATCH) {
    sqlite.transaction(() => {
      const end = Math.min(visits.count, start + BATCH);
      for (let i = start; i < end; i++) writeOne(plan.order[i] ?? 0, i + 1);
    })();
    context.onProgress?.(Math.min(visits.count, start + BATCH));
  }
  return visits.count;
}
