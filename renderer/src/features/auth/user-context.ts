import { createContext, useContext } from 'react';
import type { SessionUserView } from '../../../../shared/contract/auth';

export interface UserContextValue {
  user: SessionUserView | null;
  signOut: () => void;
}

export const UserContext = createContext<UserContextValue>({ user: null, signOut: () => undefined });

/** The signed-in user (for showing role-limited actions; main checks the role on every call anyway). */
export function useCurrentUser(): UserContextValue {
  return useContext(UserContext);
}
