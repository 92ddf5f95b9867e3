import { sql, type Kysely } from 'kysely';

/**
 * Luật 136/2025 lists the identity papers a citizen may give: số căn cước, giấy chứng nhận căn cước, số định
 * danh cá nhân, hộ chiếu. `persons.id_type` carries a CHECK from 0001 and SQLite cannot alter a CHECK, so
 * the table is rebuilt by SQLite's 12-step procedure (https://sqlite.org/lang_altertable.html#otheralter):
 * foreign keys off outside the transaction, new table, copy with the same ids, drop, rename, recreate the
 * indexes and triggers read back from the old schema, check the foreign keys, commit, foreign keys on.
 * Ids are kept, so visits, petition senders and the person_search rows (keyed by the person's id) still
 * point at the same people. The list is written out here, not imported: a migration is frozen once shipped.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const fkRow = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
  const foreignKeysWereOn = fkRow.rows[0]?.foreign_keys === 1;
  // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched before BEGIN (step 1).
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(rebuildPersons);
  } finally {
    if (foreignKeysWereOn) await sql`pragma foreign_keys = on`.execute(db);
  }
}

async function rebuildPersons(trx: Kysely<any>): Promise<void> {
  const dependents = await sql<{ sql: string }>`select sql from sqlite_master
    where tbl_name = 'persons' and type in ('index', 'trigger') and sql is not null
    order by type, name`.execute(trx);
  const sequence = await sql<{ seq: number }>`select seq from sqlite_sequence
    where name = 'persons'`.execute(trx);

  await sql`create table persons_new (
    id integer primary key autoincrement,
    full_name text not null,
    name_key text not null,
    gender text check (gender in ('nam', 'nu')),
    birth_year integer,
    id_type text check (id_type in ('cccd', 'cmnd', 'ho_chieu', 'khong_co', 'so_can_cuoc', 'gcn_can_cuoc',
      'so_dinh_danh')),
    id_number text,
    old_id_number text,
    phone text,
    province_code text,
    commune_code text,
    address_line text,
    address_key text,
    created_at text not null,
    updated_at text not null
  )`.execute(trx);
  await sql`insert into persons_new (id, full_name, name_key, gender, birth_year, id_type, id_number,
    old_id_number, phone, province_code, commune_code, address_line, address_key, created_at, updated_at)
    select id, full_name, name_key, gender, birth_year, id_type, id_number, old_id_number, phone,
      province_code, commune_code, address_line, address_key, created_at, updated_at
    from persons order by id`.execute(trx);
  await sql`drop table persons`.execute(trx);
  await sql`alter table persons_new rename to persons`.execute(trx);
  // The next new person gets the id the old table would have given, even after deletions at the end.
  const seq = sequence.rows[0]?.seq;
  if (seq !== undefined) {
    await sql`delete from sqlite_sequence where name = 'persons'`.execute(trx);
    await sql`insert into sqlite_sequence (name, seq) values ('persons', cast(${seq} as integer))`.execute(
      trx,
    );
  }
  for (const { sql: ddl } of dependents.rows) await sql.raw(ddl).execute(trx);

  const broken = await sql<{ table: string }>`pragma foreign_key_check`.execute(trx);
  if (broken.rows.length > 0) {
    throw new Error(`khóa ngoại hỏng sau khi dựng lại bảng persons (${broken.rows.length} dòng)`);
  }
}
