import { USER_ROLE_LABELS } from '../../../shared/domain/classification';
import { useCurrentUser } from '../features/auth/user-context';

/** Who is signed in, with their role, and the sign-out button. */
export function UserMenu() {
  const { user, signOut } = useCurrentUser();
  if (!user) return null;
  return (
    <div className="user-menu" aria-label="Người dùng">
      <span>
        {user.fullName} · {USER_ROLE_LABELS[user.role]}
      </span>
      <button type="button" onClick={signOut}>
        Đăng xuất
      </button>
    </div>
  );
}
