import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { migrations as knownMigrations } from './migrations';
import type { Migration } from 'kysely';

export const MIGRATION_TABLE = 'kysely_migration';

/** Raised when the file was written by a newer Tiếp Dân: it is left untouched. */
export class NewerDatabaseError extends Error {
  constructor(readonly unknownMigrations: string[]) {
    super(
      `Cơ sở dữ liệu này do một phiên bản Tiếp Dân mới hơn tạo ra (có thay đổi cấu trúc ` +
        `"${unknownMigrations.join(', ')}" mà phiên bản này không biết). Hãy cài phiên bản Tiếp Dân mới ` +
        `nhất rồi mở lại; dữ liệu chưa bị thay đổi.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

export class MigrationFailedError extends Error {
  constructor(migrationName: string, cause: unknown) {
    super(
      `Không nâng cấp được cơ sở dữ liệu ở bước "${migrationName}": ${String(cause)}. ` +
        `Dữ liệu cũ vẫn còn nguyên; hãy báo cho quản trị hệ thống kèm tệp nhật ký.`,
    );
    this.name = 'MigrationFailedError';
  }
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly list: Record<string, Migration>) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(this.list);
  }
}

/** Names of migrations already applied to this file, in order. */
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const exists = await sql<{ n: number }>`select count(*) as n from sqlite_master
    where type = 'table' and name = ${MIGRATION_TABLE}`.execute(db);
  if ((exists.rows[0]?.n ?? 0) === 0) return [];
  const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}
    order by name`.execute(db);
  return rows.rows.map((row) => row.name);
}

export interface MigrateResult {
  applied: string[];
  schemaVersion: number;
}

/**
 * Brings the file up to this version's schema. A file that carries migrations this version does not
 * know is refused before anything is written.
 */
export async function migrateToLatest(
  db: Kysely<any>,
  list: Record<string, Migration> = knownMigrations,
): Promise<MigrateResult> {
  const before = await appliedMigrations(db);
  const unknown = before.filter((name) => !(name in list));
  if (unknown.length > 0) throw new NewerDatabaseError(unknown);

  const migrator = new Migrator({ db, provider: new StaticProvider(list) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error) throw new MigrationFailedError(failed?.migrationName ?? '?', error);
  const applied = (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
  return { applied, schemaVersion: before.length + applied.length };
}

/** The schema version this build of the app writes. */
export const LATEST_SCHEMA_VERSION = Object.keys(knownMigrations).length;
