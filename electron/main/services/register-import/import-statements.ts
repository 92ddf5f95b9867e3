/**
 * The register import's write pass on better-sqlite3 statements prepared once. Why not Kysely here: it
 * builds, compiles and freezes a query tree for every call, which for 100,000 rows of six to nine
 * statements each was a third of the import's time. The SQL below is what the Kysely queries of the app's
 * own services generate for the same rows (same columns, same order), so an imported row is stored
 * exactly as before. Every statement runs inside the import's Kysely transaction: the connection is the
 * one Kysely holds, and its transaction stays open while the write pass runs.
 */
import type Database from 'better-sqlite3';

type Value = string | number | null;

/** A prepared statement whose parameters are positional. */
type Statement = Database.Statement<Value[]>;

export interface PersonValues {
  fullName: string;
  nameKey: string;
  gender: string | null;
  birthYear: number | null;
  idType: string | null;
  idNumber: string | null;
  address: string | null;
  addressKey: string | null;
  now: string;
}

export interface CaseValues {
  code: string;
  classification: string;
  subject: string | null;
  summary: string;
  receivedAt: string;
  externalKey: string | null;
  now: string;
}

export interface SessionValues {
  kind: string;
  heldOn: string;
  presidedBy: string;
  title: string;
  externalKey: string;
  now: string;
}

/** A visit row, by column name. */
export type VisitValues = Readonly<Record<(typeof VISIT_COLUMNS)[number], Value>>;

const VISIT_COLUMNS = [
  'received_at',
  'received_on',
  'reception_kind',
  'channel',
  'session_id',
  'person_id',
  'case_id',
  'is_first_reception',
  'headcount',
  'is_group',
  'classification',
  'subject',
  'content',
  'resolved_by_body',
  'handling',
  'forwarded_to',
  'result_tracking',
  'note',
  'refusal_reason',
  'back_entry_reason',
  'officer_user_id',
  'officer_name',
  'import_key',
  'id_check_overrides',
  'created_at',
  'updated_at',
] as const;

export type SearchTable = 'visit_search' | 'person_search' | 'case_search';

function insertedId(result: Database.RunResult): number {
  return Number(result.lastInsertRowid);
}

export class ImportStatements {
  private readonly personById: Statement;
  private readonly personByName: Statement;
  private readonly personInsert: Statement;
  private readonly sessionByKey: Statement;
  private readonly sessionInsert: Statement;
  private readonly caseByKey: Statement;
  private readonly caseInsert: Statement;
  private readonly counterRead: Statement;
  private readonly counterWrite: Statement;
  private readonly visitInsert: Database.Statement<[VisitValues]>;
  private readonly visitPersonInsert: Statement;
  private readonly searchInsert: Record<SearchTable, Statement>;

  constructor(sqlite: Database.Database) {
    const prepare = (source: string): Statement => sqlite.prepare<Value[]>(source);
    this.personById = prepare(
      'select id from persons where (id_number = ? or old_id_number = ?) order by id limit 1',
    ).pluck();
    this.personByName = prepare(
      'select id from persons where name_key = ? and address_key is ? and id_number is null order by id limit 1',
    ).pluck();
    this.personInsert = prepare(
      `insert into persons (full_name, name_key, gender, birth_year, id_type, id_number, address_line,
        address_key, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.sessionByKey = prepare('select id, kind, held_on from reception_sessions where external_key = ?');
    this.sessionInsert = prepare(
      `insert into reception_sessions (kind, held_on, presided_by, title, external_key, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.caseByKey = prepare('select id from cases where external_key = ?').pluck();
    this.caseInsert = prepare(
      `insert into cases (code, classification, subject, summary, first_received_at, last_received_at,
        accepted_on, deadline_on, external_key, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, null, null, ?, ?, ?)`,
    );
    this.counterRead = prepare('select value from counters where key = ?').pluck();
    this.counterWrite = prepare(
      'insert into counters (key, value) values (?, ?) on conflict (key) do update set value = excluded.value',
    );
    this.visitInsert = sqlite.prepare<[VisitValues]>(
      `insert into visits (${VISIT_COLUMNS.join(', ')}) values (${VISIT_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
    this.visitPersonInsert = prepare(
      'insert into visit_persons (visit_id, person_id, role) values (?, ?, ?)',
    );
    this.searchInsert = {
      visit_search: prepare('insert into visit_search (rowid, terms) values (?, ?)'),
      person_search: prepare('insert into person_search (rowid, terms) values (?, ?)'),
      case_search: prepare('insert into case_search (rowid, terms) values (?, ?)'),
    };
  }

  /** The earliest person on file with this ID number, current or former. */
  personWithId(idNumber: string): number | null {
    return (this.personById.get(idNumber, idNumber) as number | undefined) ?? null;
  }

  /** The earliest person on file without an ID number, with this folded name and address. */
  personWithName(nameKey: string, addressKey: string | null): number | null {
    return (this.personByName.get(nameKey, addressKey) as number | undefined) ?? null;
  }

  insertPerson(person: PersonValues): number {
    return insertedId(
      this.personInsert.run(
        person.fullName,
        person.nameKey,
        person.gender,
        person.birthYear,
        person.idType,
        person.idNumber,
        person.address,
        person.addressKey,
        person.now,
        person.now,
      ),
    );
  }

  sessionWithKey(externalKey: string): { id: number; kind: string; heldOn: string } | null {
    const row = this.sessionByKey.get(externalKey) as
      | { id: number; kind: string; held_on: string }
      | undefined;
    return row === undefined ? null : { id: row.id, kind: row.kind, heldOn: row.held_on };
  }

  insertSession(session: SessionValues): number {
    return insertedId(
      this.sessionInsert.run(
        session.kind,
        session.heldOn,
        session.presidedBy,
        session.title,
        session.externalKey,
        session.now,
        session.now,
      ),
    );
  }

  caseWithKey(externalKey: string): number | null {
    return (this.caseByKey.get(externalKey) as number | undefined) ?? null;
  }

  insertCase(values: CaseValues): number {
    return insertedId(
      this.caseInsert.run(
        values.code,
        values.classification,
        values.subject,
        values.summary,
        values.receivedAt,
        values.receivedAt,
        values.externalKey,
        values.now,
        values.now,
      ),
    );
  }

  /** A named sequence's current value; 0 when it has never been used. */
  counter(key: string): number {
    return (this.counterRead.get(key) as number | undefined) ?? 0;
  }

  setCounter(key: string, value: number): void {
    this.counterWrite.run(key, value);
  }

  insertVisit(values: VisitValues): number {
    return insertedId(this.visitInsert.run(values));
  }

  insertVisitPerson(visitId: number, personId: number, role: 'nguoi_tiep' | 'dai_dien'): void {
    this.visitPersonInsert.run(visitId, personId, role);
  }

  /** The search terms of a row just inserted; nothing when there are none (as addSearchTerms). */
  addSearchTerms(table: SearchTable, rowid: number, terms: string): void {
    if (terms.trim() !== '') this.searchInsert[table].run(rowid, terms);
  }
}
