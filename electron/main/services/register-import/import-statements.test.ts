import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../../test/fixtures/test-db';
import { sqliteConnection } from '../../db/create-db';
import type { DB } from '../../db/schema';
import { ImportStatements, type PersonValues } from './import-statements';

const NOW = '2026-11-27T09:30:00+07:00';
let db: Kysely<DB>;
let statements: ImportStatements;
beforeEach(async () => {
  db = await createTestDb();
  statements = new ImportStatements(sqliteConnection(db));
});
afterEach(async () => {
  await db.destroy();
});

function person(values: Partial<PersonValues>): PersonValues {
  return {
    fullName: 'Nguyễn Văn An',
    nameKey: 'nguyen van an',
    gender: 'nam',
    birthYear: 1980,
    idType: null,
    idNumber: null,
    address: null,
    addressKey: null,
    now: NOW,
    ...values,
  };
}

describe('ImportStatements: persons', () => {
  it('stores a person as given and finds the earliest one by current or former ID number', async () => {
    const first = statements.insertPerson(person({ idType: 'cccd', idNumber: '001085000001' }));
    const second = statements.insertPerson(person({ idType: 'cccd', idNumber: '001085000002' }));
    await db.updateTable('persons').set({ old_id_number: '001085000001' }).where('id', '=', second).execute();
    expect(statements.personWithId('001085000001')).toBe(first);
    expect(statements.personWithId('001085000002')).toBe(second);
    expect(statements.personWithId('001085000003')).toBeNull();
    const stored = await db
      .selectFrom('persons')
      .selectAll()
      .where('id', '=', first)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      full_name: 'Nguyễn Văn An',
      name_key: 'nguyen van an',
      gender: 'nam',
      birth_year: 1980,
      id_type: 'cccd',
      id_number: '001085000001',
      address_line: null,
      address_key: null,
      created_at: NOW,
      updated_at: NOW,
    });
  });

  it('finds a person without ID number by folded name and address, a blank address matching only blank', () => {
    const withAddress = statements.insertPerson(person({ address: 'Xã A', addressKey: 'xa a' }));
    const withoutAddress = statements.insertPerson(person({}));
    statements.insertPerson(person({ idType: 'cccd', idNumber: '001085000009', addressKey: 'xa b' }));
    expect(statements.personWithName('nguyen van an', 'xa a')).toBe(withAddress);
    expect(statements.personWithName('nguyen van an', null)).toBe(withoutAddress);
    expect(statements.personWithName('nguyen van an', 'xa b')).toBeNull();
  });
});

describe('ImportStatements: counters, cases, sessions, visits, search terms', () => {
  it('reads 0 for an unused counter and stores the value given, again and again', () => {
    expect(statements.counter('case:2024')).toBe(0);
    statements.setCounter('case:2024', 3);
    statements.setCounter('case:2024', 5);
    expect(statements.counter('case:2024')).toBe(5);
  });

  it('writes a visit with its person, case and session, and search terms only when there are some', async () => {
    const personId = statements.insertPerson(person({}));
    const caseId = statements.insertCase({
      code: 'VV-2024-00001',
      classification: 'khieu_nai',
      subject: null,
      summary: 'Khiếu nại đất',
      receivedAt: '2024-03-05T08:00:00+07:00',
      externalKey: 'import:K1',
      now: NOW,
    });
    const sessionId = statements.insertSession({
      kind: 'dinh_ky',
      heldOn: '2024-03-05',
      presidedBy: 'Chủ tịch',
      title: 'KT1',
      externalKey: 'import:KT1',
      now: NOW,
    });
    expect(statements.caseWithKey('import:K1')).toBe(caseId);
    expect(statements.caseWithKey('import:K2')).toBeNull();
    expect(statements.sessionWithKey('import:KT1')).toEqual({
      id: sessionId,
      kind: 'dinh_ky',
      heldOn: '2024-03-05',
    });
    expect(statements.sessionWithKey('import:KT2')).toBeNull();
    const visitId = statements.insertVisit({
      received_at: '2024-03-05T08:00:00+07:00',
      received_on: '2024-03-05',
      reception_kind: 'dinh_ky',
      channel: 'truc_tiep',
      session_id: sessionId,
      person_id: personId,
      case_id: caseId,
      is_first_reception: 0,
      headcount: 1,
      is_group: 0,
      classification: 'khieu_nai',
      subject: null,
      content: 'Khiếu nại đất',
      resolved_by_body: null,
      handling: null,
      forwarded_to: null,
      result_tracking: null,
      note: null,
      refusal_reason: null,
      back_entry_reason: 'Nhập từ sổ tiếp công dân cũ',
      officer_user_id: null,
      officer_name: 'Cán bộ',
      import_key: 'k'.repeat(64),
      id_check_overrides: null,
      created_at: NOW,
      updated_at: NOW,
    });
    statements.insertVisitPerson(visitId, personId, 'nguoi_tiep');
    statements.addSearchTerms('visit_search', visitId, 'nguyen van an khieu nai dat');
    statements.addSearchTerms('person_search', personId, '  ');
    const visit = await db
      .selectFrom('visits')
      .selectAll()
      .where('id', '=', visitId)
      .executeTakeFirstOrThrow();
    expect(visit).toMatchObject({
      person_id: personId,
      case_id: caseId,
      session_id: sessionId,
      import_key: 'k'.repeat(64),
    });
    const links = await db.selectFrom('visit_persons').selectAll().execute();
    expect(links).toEqual([{ visit_id: visitId, person_id: personId, role: 'nguoi_tiep' }]);
    const connection = sqliteConnection(db);
    expect(
      connection.prepare("select rowid from visit_search where visit_search match 'dat'").pluck().all(),
    ).toEqual([visitId]);
    expect(connection.prepare('select count(*) from person_search_docsize').pluck().get()).toBe(0);
  });
});
