/**
 * The SSH door's host key: made once and kept, so clients that pinned it in `known_hosts` keep
 * trusting the device across restarts, as they do a real unit. Without a state directory the key
 * lives as long as the process.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HOST_KEY_FILE = 'ssh_host_rsa_key';

function newHostKey(): string {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  return privateKey;
}

/** The PEM host key in `stateDir` (made there when missing), or a fresh one when there is no dir. */
export function loadHostKey(stateDir?: string): string {
  if (!stateDir) return newHostKey();
  const file = join(stateDir, HOST_KEY_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(stateDir, { recursive: true });
  const key = newHostKey();
  const temp = `${file}.tmp`;
  writeFileSync(temp, key, { mode: 0o600 });
  renameSync(temp, file);
  return key;
}
