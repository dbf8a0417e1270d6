import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { LoginState } from './login/LoginPage';
import { urls } from '../urls';
import { useSession } from './session';

/** Not logged in → the login page, remembering the deep link asked for. */
export function RequireSession({ children }: { children: ReactNode }) {
  const loggedIn = useSession((s) => s.loggedIn);
  const { pathname, search, hash } = useLocation();
  if (!loggedIn) {
    const state: LoginState = { from: `${pathname}${search}${hash}` };
    return <Navigate to={urls.login} replace state={state} />;
  }
  return children;
}
