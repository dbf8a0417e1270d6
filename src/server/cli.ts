/** Entry point of `npm run serve` (tsx src/server/cli.ts) and of bin/fgsim.mjs. */
import { main } from './main';

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error('fgsim:', e instanceof Error ? e.message : e);
  process.exit(1);
});
