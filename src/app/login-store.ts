/**
 * Whether this tab is logged in to the device: the GUI's side of a login session (the sessions
 * themselves are the device's, api/login-sessions.ts). It starts from the cookie a login sets (so a
 * reload keeps the session, as on the real GUI) and is cleared on Logout or when the device answers 401.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { ApiError, hasLoginCookie, login, logout } from '../client';
import { endCliSession } from '../features/cli-console/console-store';

interface LoginStore {
  loggedIn: boolean;
  /** Asks the device; true when it accepted the credentials. */
  logIn: (username: string, password: string) => Promise<boolean>;
  logOut: () => Promise<void>;
  /** The device no longer knows this session (it answered 401). */
  expired: () => void;
}

export const useLogin = create<LoginStore>()((set) => ({
  loggedIn: hasLoginCookie(),
  logIn: async (username, password) => {
    const ok = await login(username, password);
    set({ loggedIn: ok });
    return ok;
  },
  logOut: async () => {
    try {
      await logout();
    } finally {
      // The next person to log in in this tab must not see this session's console transcript.
      endCliSession();
      set({ loggedIn: false });
    }
  },
  // A session ends without a Logout when it idles out or the device reboots (which forgets every
  // session): the console's transcript goes with it, as on Logout.
  expired: () => {
    endCliSession();
    set({ loggedIn: false });
  },
}));

/** Ends the session in the GUI when a read fails because the device no longer accepts it. */
export function useExpireOnUnauthorized(error: Error | null): void {
  useEffect(() => {
    if (error instanceof ApiError && error.httpStatus === 401) useLogin.getState().expired();
  }, [error]);
}
