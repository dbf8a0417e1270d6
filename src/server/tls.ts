/** `--https` without `--cert`: a self-signed certificate made once and kept in the state dir. */
import fs from 'node:fs';
import path from 'node:path';

export async function selfSignedIn(
  dir: string,
  hostname: string,
  log: (line: string) => void,
): Promise<{ cert: string; key: string }> {
  const certFile = path.join(dir, 'server.crt');
  const keyFile = path.join(dir, 'server.key');
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    log(`https: using the certificate kept in ${certFile}`);
    return { cert: fs.readFileSync(certFile, 'utf8'), key: fs.readFileSync(keyFile, 'utf8') };
  }
  const { generate } = await import('selfsigned');
  const pems = await generate([{ name: 'commonName', value: 'FGT60E4Q17000000' }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 3650 * 24 * 3600 * 1000),
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2 as const, value: 'localhost' },
          { type: 7 as const, ip: '127.0.0.1' },
          ...(hostname !== '127.0.0.1' && hostname !== 'localhost'
            ? [{ type: 2 as const, value: hostname }]
            : []),
        ],
      },
    ],
  });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
  fs.writeFileSync(certFile, pems.cert);
  log(`https: made a self-signed certificate and kept it in ${certFile}`);
  return { cert: pems.cert, key: pems.private };
}
