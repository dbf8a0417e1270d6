/**
 * What the SSH door offers in its key exchange. A 6.0 unit with its defaults (`strong-crypto enable`,
 * `ssh-kex-sha1`, `ssh-cbc-cipher`, `ssh-hmac-md5` and `ssh-mac-weak` all `enable`) offers SHA-1 key
 * exchange, CBC ciphers and MD5/SHA-1 MACs beside the modern ones; automation libraries rely on it
 * (netmiko's FortiOS driver asks for `diffie-hellman-group14-sha1` first). See docs/fortios-6.0.md,
 * "The CLI over SSH", for the sources and for the one Decision here: the SSH library's server has no
 * Diffie-Hellman group exchange, so the fixed 2048-bit group is offered under SHA-256 too, which
 * current OpenSSH clients accept where they would have used group exchange with a real 6.0 unit.
 */
import type { Algorithms } from 'ssh2';

export const SSH_ALGORITHMS = {
  kex: ['diffie-hellman-group14-sha256', 'diffie-hellman-group16-sha512', 'diffie-hellman-group14-sha1'],
  cipher: [
    'aes128-ctr',
    'aes192-ctr',
    'aes256-ctr',
    'aes128-gcm@openssh.com',
    'aes256-gcm@openssh.com',
    'chacha20-poly1305@openssh.com',
    'aes128-cbc',
    'aes192-cbc',
    'aes256-cbc',
    '3des-cbc',
  ],
  hmac: ['hmac-sha2-256', 'hmac-sha2-512', 'hmac-sha1', 'hmac-md5'],
  serverHostKey: ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
  compress: ['none'],
} satisfies Algorithms;
