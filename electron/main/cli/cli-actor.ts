import type { Actor } from '../services/context';

/** The command line acts as the administrator at the machine (sign-in comes with user accounts). */
export const CLI_ACTOR: Actor = { userId: null, displayName: 'Dòng lệnh quản trị' };
