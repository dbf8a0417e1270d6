import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { LoginState } from './login/LoginPage';
import { urls } from '../urls';
import { useLogin } from './login-store';

/** Not logged in → the login page, remembering the deep link asked for. */
export function RequireLogin({ children }: { children: ReactNode }) {
  const loggedIn = useLogin((s) => s.loggedIn);
  const { pathname, search, hash } = useLocation();
  if (!loggedIn) {
    const state: LoginState = { from: `${pathname}${search}${hash}` };
    return <Navigate to={urls.login} replace state={state} />;
  }
  return children;
}
