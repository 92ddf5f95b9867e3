/**
 * Bulk writing of the plan into a database file migrated by the app itself. Test tooling only: rows go in
 * through better-sqlite3 prepared statements inside large transactions, bypassing the services (and the
 * audit log), with the same folded FTS terms the services would have written.
 */
import Database from 'better-sqlite3';
import { createDb } from '../../../electron/main/db/create-db';
import { migrateToLatest } from '../../../electron/main/db/migrate';
import { RECEPTION_KIND_LABELS } from '../../../shared/domain/classification';
import { formatLocalDate } from '../../../shared/domain/local-time';
import { isoOf } from './calendar';
import { caseContent } from './contents';
import type { Plan } from './plan';
import { personSearchTerms, type PersonRecord } from './persons';
import { foldParts } from './persons';
import { rngFor, STREAM } from './prng';

/** Ids in time order: persons and cases are numbered when first seen, as the desk would have created them. */
export interface Ids {
  personIdOfSlot: Int32Array;
  slotOfPersonId: Int32Array;
  personFirst: Float64Array;
  caseIdOf: Int32Array;
  caseOfId: Int32Array;
  caseFirst: Float64Array;
  caseLast: Float64Array;
}

/** The app's own schema: createDb + migrateToLatest, then closed. */
export async function createSchema(file: string): Promise<void> {
  const db = createDb(file);
  await migrateToLatest(db);
  await db.destroy();
}

/** A connection tuned for loading: no journal, no fsync, a large page cache. WAL is restored at the end. */
export function openForBulk(file: string): Database.Database {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1000000');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma('locking_mode = EXCLUSIVE');
  return sqlite;
}

/** Back to the app's journal mode, so the file opens exactly as one the app wrote. */
export function finishBulk(sqlite: Database.Database): void {
  sqlite.pragma('locking_mode = NORMAL');
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
}

/** Attendee slots of a visit: its main person, then the case's other representatives (no repeats). */
export function attendees(plan: Plan, v: number): number[] {
  const main = plan.slotOf[plan.visits.request[v] ?? 0] ?? 0;
  const slots = [main];
  const reps = plan.cases[plan.visits.caseIndex[v] ?? 0]?.repRequests ?? [];
  for (const request of reps) {
    const slot = plan.slotOf[request] ?? 0;
    if (!slots.includes(slot)) slots.push(slot);
  }
  return slots;
}

export function assignIds(plan: Plan): Ids {
  const ids: Ids = {
    personIdOfSlot: new Int32Array(plan.personSlots),
    slotOfPersonId: new Int32Array(plan.personSlots + 1),
    personFirst: new Float64Array(plan.personSlots),
    caseIdOf: new Int32Array(plan.cases.length),
    caseOfId: new Int32Array(plan.cases.length + 1),
    caseFirst: new Float64Array(plan.cases.length),
    caseLast: new Float64Array(plan.cases.length),
  };
  let persons = 0;
  let cases = 0;
  for (const v of plan.order) {
    const time = plan.visits.time[v] ?? 0;
    const c = plan.visits.caseIndex[v] ?? 0;
    if (ids.caseIdOf[c] === 0) {
      ids.caseIdOf[c] = ++cases;
      ids.caseOfId[cases] = c;
      ids.caseFirst[c] = time;
    }
    ids.caseLast[c] = time;
    for (const slot of attendees(plan, v)) {
      if (ids.personIdOfSlot[slot] !== 0) continue;
      ids.personIdOfSlot[slot] = ++persons;
      ids.slotOfPersonId[persons] = slot;
      ids.personFirst[slot] = time;
    }
  }
  return ids;
}

export function writeSessions(sqlite: Database.Database, plan: Plan): void {
  const insert = sqlite.prepare(`insert into reception_sessions
    (id, kind, held_on, presided_by, title, created_at, updated_at, external_key)
    values (?, ?, ?, ?, ?, ?, ?, null)`);
  sqlite.transaction(() => {
    plan.sessions.forEach((session, index) => {
      const heldOn = new Date(plan.days[session.day] ?? 0).toISOString().slice(0, 10);
      const title = `${RECEPTION_KIND_LABELS[session.kind]} ngày ${formatLocalDate(heldOn)}`;
      const created = `${heldOn}T07:00:00+07:00`;
      insert.run(index + 1, session.kind, heldOn, session.presidedBy, title, created, created);
    });
  })();
}

/** Persons in id order, with their person_search rows. */
export function writePersons(sqlite: Database.Database, persons: PersonRecord[], ids: Ids): number {
  const insert = sqlite.prepare(`insert into persons (id, full_name, name_key, gender, birth_year, id_type,
    id_number, old_id_number, phone, province_code, commune_code, address_line, address_key, created_at,
    updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const index = sqlite.prepare('insert into person_search (rowid, terms) values (?, ?)');
  const count = ids.slotOfPersonId.length - 1;
  sqlite.transaction(() => {
    for (let id = 1; id <= count; id++) {
      const slot = ids.slotOfPersonId[id] ?? 0;
      const p = persons[slot] as PersonRecord;
      const at = isoOf(ids.personFirst[slot] ?? 0);
      insert.run(
        ...[id, p.fullName, foldParts(p.fullName), p.gender, p.birthYear, p.idType, p.idNumber],
        ...[p.oldIdNumber, p.phone, p.place.provinceCode, p.place.code, p.addressLine],
        ...[p.addressLine === null ? null : foldParts(p.addressLine), at, at],
      );
      index.run(id, personSearchTerms(p));
    }
  })();
  return count;
}

/** Cases in id order with their case_search rows and the per-year counters; returns the summaries. */
export function writeCases(
  sqlite: Database.Database,
  plan: Plan,
  persons: PersonRecord[],
  ids: Ids,
  seed: number,
): string[] {
  const insert = sqlite.prepare(`insert into cases (id, code, classification, subject, summary, status,
    first_received_at, accepted_on, deadline_on, created_at, updated_at, external_key, last_received_at)
    values (?, ?, ?, ?, ?, 'dang_xu_ly', ?, null, null, ?, ?, null, ?)`);
  const index = sqlite.prepare('insert into case_search (rowid, terms) values (?, ?)');
  const counter = sqlite.prepare('insert into counters (key, value) values (?, ?)');
  const summaries = new Array<string>(plan.cases.length);
  const perYear = new Map<string, number>();
  sqlite.transaction(() => {
    for (let id = 1; id <= plan.cases.length; id++) {
      const c = ids.caseOfId[id] ?? 0;
      const plan1 = plan.cases[c]!;
      const person = persons[plan.slotOf[plan1.mainRequest] ?? 0] as PersonRecord;
      const first = isoOf(ids.caseFirst[c] ?? 0);
      const last = isoOf(ids.caseLast[c] ?? 0);
      const year = first.slice(0, 4);
      const number = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, number);
      const hamlet = person.place.isUrban || person.addressLine === null ? 'khu dân cư' : person.addressLine;
      const rng = rngFor(seed, STREAM.case, c);
      const content = caseContent(
        rng,
        plan1.classification,
        plan1.subject,
        { commune: person.place.name, hamlet },
        Number(year),
      );
      summaries[c] = content;
      const code = `VV-${year}-${String(number).padStart(5, '0')}`;
      insert.run(
        id,
        code,
        plan1.classification,
        plan1.subject,
        content.slice(0, 500),
        first,
        first,
        last,
        last,
      );
      index.run(id, foldParts(content.slice(0, 500)));
    }
    for (const [year, value] of perYear) counter.run(`case:${year}`, value);
  })();
  return summaries;
}
