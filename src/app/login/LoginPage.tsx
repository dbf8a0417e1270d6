/**
 * The FortiOS 6.0 login page: Username, Password, Login. The device decides (`POST /logincheck`);
 * a refusal shows the GUI's "Authentication failure". After login the user returns to the page they
 * asked for (a bookmarked deep link), or to the Dashboard.
 */
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { DeviceNotStarted } from '../../client';
import { Button } from '../../ui';
import { useLogin } from '../login-store';
import { urls } from '../../urls';

/** Where the guard sent the user from (`location.state.from`). */
export interface LoginState {
  from?: string;
}

/** The shell puts the keyboard on the page's heading after a login (Shell.tsx). */
const AFTER_LOGIN = { afterLogin: true };

export function LoginPage() {
  const loggedIn = useLogin((s) => s.loggedIn);
  const logIn = useLogin((s) => s.logIn);
  const navigate = useNavigate();
  const from = (useLocation().state as LoginState | null)?.from ?? urls.dashboard;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Also where a login that just succeeded lands (its own navigation may come second).
  if (loggedIn && !busy) return <Navigate to={from} replace state={AFTER_LOGIN} />;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      if (await logIn(username, password)) void navigate(from, { replace: true, state: AFTER_LOGIN });
      else setFailure('Authentication failure');
    } catch (e) {
      setFailure(e instanceof DeviceNotStarted ? e.message : 'Unable to contact the FortiGate.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="fg-login">
      <form className="fg-login__panel" onSubmit={(e) => void submit(e)} aria-labelledby="fg-login-title">
        <h1 id="fg-login-title" className="fg-login__title">
          FortiGate
        </h1>
        <label className="fg-login__field">
          <span className="fg-visually-hidden">Username</span>
          <input
            name="username"
            autoComplete="username"
            placeholder="Username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label className="fg-login__field">
          <span className="fg-visually-hidden">Password</span>
          <input
            name="secretkey"
            type="password"
            autoComplete="current-password"
            placeholder="Password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {failure && (
          <p className="fg-login__error" role="alert">
            {failure}
          </p>
        )}
        <Button type="submit" variant="primary" className="fg-login__submit" disabled={busy}>
          Login
        </Button>
      </form>
    </main>
  );
}
