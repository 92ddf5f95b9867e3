/**
 * Writes the bench's import CSV in a process of its own (`node --import tsx import-csv-child.ts <db> <csv>
 * <rows> <seed> <maxPersonId>`), so the rows it builds and the address book it loads never count towards
 * the RSS of the process that measures the import. Prints the number of cases written.
 */
import { createDb } from '../../../electron/main/db/create-db';
import { writeImportCsv } from './import-csv';

const [dbFile, csvFile, rows, seed, maxPersonId] = process.argv.slice(2);
if (dbFile === undefined || csvFile === undefined)
  throw new Error('usage: <db> <csv> <rows> <seed> <maxPersonId>');
const db = createDb(dbFile, { readonly: true });
try {
  const cases = await writeImportCsv(db, csvFile, {
    rows: Number(rows),
    seed: Number(seed),
    maxPersonId: Number(maxPersonId),
  });
  process.stdout.write(`${cases}\n`);
} finally {
  await db.destroy();
}
