/**
 * The trainer's page: a login with seat 0's administrator (the device's own `/logincheck`), then a
 * table of the seats — each step of the procedure ticked by the walkthrough's own checks, run by the
 * server on each seat's device — updated as the seats change. Per seat: its console in a new tab,
 * a reset to a scenario (confirmed first), its configuration file.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, Dialog, OkCancelButtons } from '../ui';
import {
  configUrl,
  consoleUrl,
  logIn,
  logOut,
  NotLoggedIn,
  readClass,
  resetSeat,
  watchClass,
  type ClassView,
  type SeatView,
} from './class-api';
import './class.css';

type State = { kind: 'loading' } | { kind: 'login' } | { kind: 'class'; view: ClassView };

export function ClassPage() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (state.kind === 'login') return;
    let stop = (): void => undefined;
    let live = true;
    readClass().then(
      (view) => {
        if (!live) return;
        setState({ kind: 'class', view });
        stop = watchClass(
          (next) => setState({ kind: 'class', view: next }),
          () => setState({ kind: 'login' }),
        );
      },
      (e: unknown) => {
        if (!live) return;
        if (e instanceof NotLoggedIn) setState({ kind: 'login' });
        else setFailure(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
      stop();
    };
    // Read again after each login (the state goes login → loading).
  }, [state.kind === 'login']); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className="fg-class">
      <header className="fg-class__header">
        <h1 className="fg-class__title">fgsim — Class</h1>
        {state.kind === 'class' && (
          <Button
            onClick={() => {
              void logOut().then(() => setState({ kind: 'login' }));
            }}
          >
            Log out
          </Button>
        )}
      </header>
      <main className="fg-class__main">
        {failure && (
          <p role="alert" className="fg-notice fg-notice--error">
            {failure}
          </p>
        )}
        {state.kind === 'loading' && <p role="status">Loading…</p>}
        {state.kind === 'login' && <TrainerLogin onIn={() => setState({ kind: 'loading' })} />}
        {state.kind === 'class' && <SeatTable view={state.view} />}
      </main>
    </div>
  );
}

function TrainerLogin({ onIn }: { onIn: () => void }) {
  const id = useId();
  const [username, setUsername] = useState('admin');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const outcome = await logIn(username, password);
      if (outcome === 'ok') return onIn();
      setFailure(
        outcome === 'locked'
          ? 'Too many failed logins: this address is locked out for a while.'
          : 'Authentication failure',
      );
    } catch {
      setFailure('Unable to contact the FortiGate.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="fg-class__login" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-title`}>Trainer login</h2>
      <p>Log in as an administrator of seat 0, the trainer’s device.</p>
      <label htmlFor={`${id}-user`}>Username</label>
      <input
        id={`${id}-user`}
        autoComplete="username"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <label htmlFor={`${id}-password`}>Password</label>
      <input
        id={`${id}-password`}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {failure && (
        <p role="alert" className="fg-notice fg-notice--error">
          {failure}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={busy}>
        Login
      </Button>
    </form>
  );
}

function seatName(seat: SeatView): string {
  return seat.seat === 0 ? 'Seat 0 (trainer)' : `Seat ${seat.seat}`;
}

function SeatTable({ view }: { view: ClassView }) {
  const [resetting, setResetting] = useState<SeatView | null>(null);
  const [said, setSaid] = useState('');
  const total = view.steps.length;
  const table = useRef<HTMLTableElement>(null);
  // Where focus goes once the login form is gone (else the next Tab starts where the form was).
  useEffect(() => {
    if (document.activeElement === document.body) table.current?.focus();
  }, []);

  return (
    <>
      <table className="fg-class__table" ref={table} tabIndex={-1}>
        <caption>
          Seats: each step of “Disabling FortiTelemetry”, ticked when the seat’s device is in the state it
          asks for
        </caption>
        <thead>
          <tr>
            <th scope="col">Seat</th>
            <th scope="col">Device</th>
            {view.steps.map((s, i) => (
              <th scope="col" key={s.id} className="fg-class__step">
                {i + 1}. {s.title}
              </th>
            ))}
            <th scope="col">Progress</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {view.seats.map((seat) => {
            const name = seatName(seat);
            const count = seat.done.filter(Boolean).length;
            return (
              <tr key={seat.seat}>
                <th scope="row">{name}</th>
                <td>
                  {seat.hostname}
                  <div className="fg-class__ports">
                    HTTP {seat.port}
                    {seat.sshPort !== null ? `, SSH ${seat.sshPort}` : ''}
                  </div>
                </td>
                {view.steps.map((s, i) => {
                  const done = seat.done[i] === true;
                  return (
                    <td
                      key={s.id}
                      className={done ? 'fg-class__tick fg-class__tick--done' : 'fg-class__tick'}
                    >
                      <span aria-hidden="true">{done ? '✓' : '–'}</span>
                      <span className="fg-visually-hidden">
                        Step {i + 1} {done ? 'done' : 'not done'}
                      </span>
                    </td>
                  );
                })}
                <td>{seat.error ? `Not read: ${seat.error}` : `${count} of ${total}`}</td>
                <td className="fg-class__actions">
                  <a
                    className="fg-button fg-button--secondary"
                    href={consoleUrl(seat, window.location)}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={`Open the console of ${name} (new tab)`}
                  >
                    Console
                  </a>
                  <Button onClick={() => setResetting(seat)} aria-label={`Reset ${name}`}>
                    Reset
                  </Button>
                  <a
                    className="fg-button fg-button--secondary"
                    href={configUrl(seat.seat)}
                    download
                    aria-label={`Download the configuration of ${name}`}
                  >
                    Configuration
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p role="status" className="fg-class__said">
        {said}
      </p>
      {resetting && (
        <ResetDialog
          view={view}
          seat={resetting}
          onDone={(text) => {
            setResetting(null);
            setSaid(text);
          }}
        />
      )}
    </>
  );
}

function ResetDialog({
  view,
  seat,
  onDone,
}: {
  view: ClassView;
  seat: SeatView;
  onDone: (said: string) => void;
}) {
  const id = useId();
  const [scenario, setScenario] = useState(view.startScenario);
  const [failure, setFailure] = useState<string | null>(null);
  const name = seatName(seat);

  const confirm = (): void => {
    setFailure(null);
    resetSeat(view, seat.seat, scenario).then(
      () => onDone(`${name} was reset to the ${scenario} scenario.`),
      (e: unknown) =>
        setFailure(
          e instanceof NotLoggedIn
            ? 'Not logged in any more: log in again.'
            : `The reset failed: ${e instanceof Error ? e.message : String(e)}`,
        ),
    );
  };

  return (
    <Dialog
      title={`Reset ${name}`}
      onClose={() => onDone('')}
      actions={<OkCancelButtons onOk={confirm} onCancel={() => onDone('')} />}
    >
      <p>
        Everything on {name} is replaced by the scenario below; its changes are lost. Whoever is logged in to
        it stays logged in.
      </p>
      <label htmlFor={`${id}-scenario`}>Scenario</label>{' '}
      <select id={`${id}-scenario`} value={scenario} onChange={(e) => setScenario(e.target.value)}>
        {view.scenarios.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      {failure && (
        <p role="alert" className="fg-notice fg-notice--error">
          {failure}
        </p>
      )}
    </Dialog>
  );
}
