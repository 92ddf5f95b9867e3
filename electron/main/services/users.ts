import type { Kysely } from 'kysely';
import type { NewUserInput, UserView } from '../../../shared/contract/auth';
import { AppError } from '../../../shared/contract/envelope';
import { toLocalIso } from '../../../shared/domain/local-time';
import { hashPassword, verifyPassword } from '../auth/passwords';
import type { SessionUser } from '../auth/session-store';
import type { Updateable } from 'kysely';
import type { DB, UsersTable } from '../db/schema';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';

type UserRow = Pick<UsersTable, 'username' | 'full_name' | 'role' | 'created_at'> & {
  id: number;
  is_active: number;
};

function toView(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    isActive: row.is_active === 1,
    createdAt: row.created_at,
  };
}

const COLUMNS = ['id', 'username', 'full_name', 'role', 'is_active', 'created_at'] as const;

export async function countUsers(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listUsers(db: Kysely<DB>): Promise<UserView[]> {
  return (await db.selectFrom('users').select(COLUMNS).orderBy('username').execute()).map(toView);
}

async function insertUser(ctx: ServiceContext, input: NewUserInput, action: string): Promise<UserView> {
  const now = toLocalIso(ctx.clock());
  const passwordHash = await hashPassword(input.password);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', input.username)
      .executeTakeFirst();
    if (taken) {
      const message = `Tên đăng nhập "${input.username}" đã có người dùng; hãy chọn tên khác.`;
      throw new AppError('CONFLICT', message, [{ path: 'username', message }]);
    }
    if (action === 'user.setup' && (await trx.selectFrom('users').select('id').executeTakeFirst())) {
      throw new AppError('CONFLICT', 'Đã có tài khoản quản trị; hãy đăng nhập.');
    }
    const row = await trx
      .insertInto('users')
      .values({
        username: input.username,
        full_name: input.fullName,
        role: input.role,
        password_hash: passwordHash,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const actor = action === 'user.setup' ? { userId: row.id, displayName: input.fullName } : ctx.actor;
    await appendAudit(trx, actor, now, {
      action,
      entity: 'user',
      entityId: row.id,
      detail: { username: input.username, role: input.role },
    });
    return row.id;
  });
  return toView(
    await ctx.db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirstOrThrow(),
  );
}

/** First start only: the administrator, with the password they choose (there is no default one). */
export function createFirstAdmin(ctx: ServiceContext, input: Omit<NewUserInput, 'role'>): Promise<UserView> {
  return insertUser(ctx, { ...input, role: 'admin' }, 'user.setup');
}

export function createUser(ctx: ServiceContext, input: NewUserInput): Promise<UserView> {
  return insertUser(ctx, input, 'user.create');
}

async function updateUser(
  ctx: ServiceContext,
  userId: number,
  set: Updateable<UsersTable>,
  action: string,
  detail: unknown,
) {
  const now = toLocalIso(ctx.clock());
  await ctx.db.transaction().execute(async (trx) => {
    const found = await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!found) throw new AppError('NOT_FOUND', `Không có người dùng số ${userId}.`);
    await trx
      .updateTable('users')
      .set({ ...set, updated_at: now })
      .where('id', '=', userId)
      .execute();
    await appendAudit(trx, ctx.actor, now, { action, entity: 'user', entityId: userId, detail });
  });
  return toView(
    await ctx.db.selectFrom('users').select(COLUMNS).where('id', '=', userId).executeTakeFirstOrThrow(),
  );
}

export async function setUserActive(
  ctx: ServiceContext,
  userId: number,
  isActive: boolean,
): Promise<UserView> {
  if (!isActive && userId === ctx.actor.userId) {
    throw new AppError('CONFLICT', 'Không thể tự khóa tài khoản đang dùng; hãy nhờ một quản trị viên khác.');
  }
  return updateUser(
    ctx,
    userId,
    { is_active: isActive ? 1 : 0 },
    isActive ? 'user.activate' : 'user.deactivate',
    null,
  );
}

export async function resetPassword(
  ctx: ServiceContext,
  userId: number,
  password: string,
): Promise<UserView> {
  return updateUser(
    ctx,
    userId,
    { password_hash: await hashPassword(password) },
    'user.reset-password',
    null,
  );
}

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng; hãy thử lại.';

/** Checks a sign-in; the same message for an unknown name and a wrong password. */
export async function authenticate(db: Kysely<DB>, username: string, password: string): Promise<SessionUser> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const isValid = row
    ? await verifyPassword(password, row.password_hash)
    : await verifyPassword(password, DUMMY_HASH);
  if (!row || !isValid) throw new AppError('UNAUTHORIZED', WRONG);
  if (row.is_active !== 1)
    throw new AppError('FORBIDDEN', 'Tài khoản này đã bị khóa; hãy liên hệ quản trị hệ thống.');
  return { userId: row.id, username: row.username, fullName: row.full_name, role: row.role };
}

/** Checked against for unknown names, so they take as long as wrong passwords. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
