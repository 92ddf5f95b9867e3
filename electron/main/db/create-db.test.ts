import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDb } from './create-db';

describe('createDb', () => {
  it('opens a file with WAL, synchronous=FULL and foreign keys on', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-db-')), 'pragmas.db');
    const db = createDb(file);
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(journal.rows[0]?.journal_mode).toBe('wal');
    expect(sync.rows[0]?.synchronous).toBe(2);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    await db.destroy();
  });
});
