#!/usr/bin/env node
/**
 * `npx fgsim serve [options]` in a checkout (and `npm run serve`): builds the console first if dist/
 * has no build, then runs src/server/cli.ts through tsx. Options: src/server/main.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (process.argv[2] !== 'serve') {
  console.error(
    'usage: fgsim serve [--host 127.0.0.1] [--port 8080] [--scenario <name>] [--state <dir>] [--https] [--ssh-port <n>] [--seats <n>]',
  );
  process.exit(2);
}
if (!existsSync(`${root}/dist/index.html`)) {
  console.log('fgsim: building the console first (npm run build)');
  const built = spawnSync(
    process.execPath,
    [`${root}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const { register } = await import('tsx/esm/api');
register();
await import('../src/server/cli.ts');
