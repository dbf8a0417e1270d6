/**
 * Who a REST request's change is recorded as, in the device's change log. A login session is what
 * the console holds (the `GUI` door); the API token is a script's (`REST`). The CLI door and SSH
 * record their own.
 */
import type { ChangeOrigin } from '../device';
import type { Caller } from './resolvers';

export function originOf(caller: Caller): ChangeOrigin {
  if (caller.kind === 'session') return { door: 'GUI', admin: caller.session.user };
  // An API user's key is that user's; the documented test token stands for the factory admin.
  return { door: 'REST', admin: caller.kind === 'token' ? (caller.user ?? 'admin') : 'admin' };
}
