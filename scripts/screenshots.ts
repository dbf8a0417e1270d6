/**
 * `npm run screenshots`: regenerates the documentation pictures.
 *
 * 1. Playwright takes every picture of e2e/screenshots/manifest.ts into docs/screenshots/
 *    (playwright.screenshots.config.ts builds the console and serves it, as the test suite does).
 *    Extra arguments go to Playwright: `npm run screenshots -- --grep step2` retakes some.
 * 2. Pictures no longer in the manifest are removed, and docs/screenshots/index.md is written from
 *    the captions.
 *
 * The output depends only on the manifest and the console: the same machine gives the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifest, OUTPUT_DIR, sections, type Shot } from '../e2e/screenshots/manifest';

const started = performance.now();
const grep = process.argv.slice(2);
const run = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.screenshots.config.ts', ...grep], {
  stdio: 'inherit',
});
if (run.status !== 0) {
  console.error('screenshots: Playwright failed; docs/screenshots/ may be partly updated.');
  process.exit(run.status ?? 1);
}

const wanted = new Set(manifest.map((s) => s.file));
const present = new Set(readdirSync(OUTPUT_DIR).filter((f) => f.endsWith('.png')));
const missing = [...wanted].filter((f) => !present.has(f));
if (grep.length === 0 && missing.length > 0) {
  console.error(`screenshots: not written: ${missing.join(', ')}`);
  process.exit(1);
}
if (grep.length === 0)
  for (const stale of [...present].filter((f) => !wanted.has(f))) rmSync(join(OUTPUT_DIR, stale));

/** The picture's size in CSS pixels, from the PNG header (width and height are bytes 16–23). */
function cssSize(shot: Shot): { width: number; height: number } {
  const png = readFileSync(join(OUTPUT_DIR, shot.file));
  return { width: png.readUInt32BE(16) / shot.scale, height: png.readUInt32BE(20) / shot.scale };
}

const escape = (text: string): string => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

function entry(shot: Shot): string {
  const { width, height } = cssSize(shot);
  const image =
    shot.scale === 1
      ? `![${shot.caption}](${shot.file})`
      : `<img src="${shot.file}" width="${width}" height="${height}" alt="${escape(shot.caption)}">`;
  const facts = [
    `\`${shot.file}\``,
    `scenario \`${shot.scenario}\``,
    `\`${shot.route}\``,
    `${shot.viewport.width}×${shot.viewport.height}`,
    `${shot.scale}x`,
    ...(shot.crop ? [`cropped to the ${shot.crop.name ?? shot.crop.role}`] : []),
    ...(shot.fullPage ? ['the whole page'] : []),
  ];
  return `${image}\n\n**${shot.caption}**<br>\n<sub>${facts.join(' · ')}</sub>\n`;
}

const index = [
  '# Documentation screenshots',
  '',
  `${manifest.length} pictures of the simulated FortiGate, taken by \`npm run screenshots\` from`,
  '`e2e/screenshots/manifest.ts` and the walkthrough steps (`src/walkthrough/steps.ts`). Generated:',
  'edit the manifest, not this page.',
  '',
  ...sections.flatMap((section) => [
    `## ${section}`,
    '',
    ...manifest.filter((s) => s.section === section).map(entry),
  ]),
].join('\n');
writeFileSync(join(OUTPUT_DIR, 'index.md'), index);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`screenshots: ${manifest.length} pictures and index.md in ${OUTPUT_DIR}/ (${seconds} s)`);
