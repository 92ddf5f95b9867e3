import { Kysely, SqliteDialect, sql } from 'kysely';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDb, sqliteConnection } from './create-db';
import type { DB } from './schema';

describe('sqliteConnection', () => {
  it('gives the connection under a createDb instance, inside its open transaction', async () => {
    const db = createDb(':memory:');
    await sql`create table t (x integer)`.execute(db);
    const connection = sqliteConnection(db);
    await expect(
      db.transaction().execute(async (trx) => {
        connection.prepare('insert into t (x) values (?)').run(7);
        expect(connection.inTransaction).toBe(true);
        await sql`insert into t (x) values (8)`.execute(trx);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(connection.prepare('select count(*) from t').pluck().get()).toBe(0);
    await db.destroy();
  });

  it('refuses a Kysely instance made some other way', () => {
    const other = new Kysely<DB>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
    expect(() => sqliteConnection(other)).toThrow('This Kysely instance was not made by createDb.');
  });
});
