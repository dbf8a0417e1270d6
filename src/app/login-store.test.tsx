import { describe, expect, it } from 'vitest';
import { useCliHistory, useCliTranscript } from '../features/cli-console';
import { logIn, setupConsoleDevice } from '../test/console';
import { useLogin } from './login-store';

setupConsoleDevice('telemetry-on');

describe('Logout', () => {
  it('ends the console session: the next login in this tab sees no transcript or history', async () => {
    await logIn();
    useCliTranscript.getState().print('FGT60E # show system global\nconfig system global\n');
    useCliHistory.setState({ sessionId: 'before-logout', entries: ['show system global'] });

    await useLogin.getState().logOut();

    expect(useLogin.getState().loggedIn).toBe(false);
    expect(useCliTranscript.getState().lines).toEqual([]);
    expect(useCliHistory.getState().entries).toEqual([]);
    expect(useCliHistory.getState().sessionId).not.toBe('before-logout');
  });
});
