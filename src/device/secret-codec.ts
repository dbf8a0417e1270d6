/**
 * Passwords in configuration text: FortiOS never prints a secret, it prints `ENC <base64>` — the secret
 * encrypted with a key the device knows, so a backup restores it. Ours is a fixed XOR keystream
 * (deterministic, reversible, and obviously not security), wrapped so that a mistyped `ENC` value is
 * refused instead of restoring garbage.
 */
import { fnv1a } from './rng';

const MAGIC = [0x46, 0x47]; // "FG"

function keystream(length: number): number[] {
  const out: number[] = [];
  for (let i = 0; out.length < length; i++) {
    const block = fnv1a(`fgsim-enc:${i}`);
    for (let j = 0; j < 8 && out.length < length; j += 2) out.push(parseInt(block.slice(j, j + 2), 16));
  }
  return out;
}

const toBase64 = (bytes: number[]): string => btoa(String.fromCharCode(...bytes));

function fromBase64(text: string): number[] | null {
  try {
    return [...atob(text)].map((c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** `secret` → the word printed after `ENC`. */
export function encryptSecret(secret: string): string {
  const plain = [...new TextEncoder().encode(secret)];
  const key = keystream(plain.length);
  const length = [plain.length >> 8, plain.length & 255];
  return toBase64([...MAGIC, ...length, ...plain.map((b, i) => b ^ (key[i] as number))]);
}

/** The word after `ENC` → the secret, or null when it is not one of ours. */
export function decryptSecret(word: string): string | null {
  const bytes = fromBase64(word);
  if (!bytes || bytes.length < 4 || bytes[0] !== MAGIC[0] || bytes[1] !== MAGIC[1]) return null;
  const length = (bytes[2] as number) * 256 + (bytes[3] as number);
  const body = bytes.slice(4);
  if (body.length !== length) return null;
  const key = keystream(length);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      new Uint8Array(body.map((b, i) => b ^ (key[i] as number))),
    );
  } catch {
    return null;
  }
}
