import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { hashAddress } from './src/app/address.ts';

/**
 * Before anything else in `<head>`: an address in the older path form (`/network/interfaces`), which
 * a server with a fallback rule answers with this page, becomes the `#` form (src/app/address.ts), so
 * the page's relative URLs resolve from the console's root and the hash router finds its screen.
 */
/** The console's page; class.html is the trainer's view of a class (src/class), with neither hook. */
const isConsolePage = (htmlPath: string): boolean => !htmlPath.endsWith('/class.html');

const HASH_ADDRESS_MARK = '<!-- fgsim:hash-address -->';
function hashAddressFirst(): Plugin {
  return {
    name: 'fgsim:hash-address',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => {
        if (!isConsolePage(ctx.path)) return html;
        if (!html.includes(HASH_ADDRESS_MARK)) throw new Error(`index.html has no ${HASH_ADDRESS_MARK}`);
        return html.replace(
          HASH_ADDRESS_MARK,
          `<script>(function(){var a=(${hashAddress.toString()})(location.pathname,location.search,location.hash);` +
            `if(a!==null)history.replaceState(history.state,'',a)})()</script>`,
        );
      },
    },
  };
}

/**
 * Boot is two halves that do not wait for each other (src/main.tsx): the console is the entry, and the
 * in-browser device (src/api/browser.ts) is a dynamic import it starts first. Left alone, the browser
 * would only ask for the device's code once the console's had arrived and begun to run; these links
 * fetch the device's chunks, and the fonts every screen uses, together with the entry. The fonts go
 * out before the MSW worker controls the page, so they do not queue behind it (it sees every request
 * once it runs). Measured by bench/cold-load.ts.
 */
function preloadBoot(): Plugin {
  return {
    name: 'fgsim:preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!isConsolePage(ctx.path)) return [];
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = new Map(
          Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])),
        );
        const device = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith('/src/api/browser.ts'));
        if (!device) throw new Error('preloadBoot: no chunk for src/api/browser.ts');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const dep of chunks.get(fileName)?.imports ?? []) visit(dep);
        };
        visit(device.fileName);
        // The entry and its static imports are in the HTML already.
        const entry = ctx.chunk;
        if (entry) for (const f of [entry.fileName, ...entry.imports]) files.delete(f);
        const fonts = Object.values(bundle).filter(
          (a) => a.type === 'asset' && /-latin-\d+-normal-[\w-]+\.woff2$/.test(a.fileName),
        );
        return [
          ...fonts.map((a) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              crossorigin: true,
              href: `./${a.fileName}`,
            },
            injectTo: 'head' as const,
          })),
          ...[...files].map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  // Relative: the same build works at the root or under any sub-path of a static server.
  base: './',
  plugins: [hashAddressFirst(), react(), preloadBoot()],
  server: { port: 5173, strictPort: true },
  // Two pages: the console, and the trainer's view of a class that `--seats` serves at /fgsim/class.
  build: { rollupOptions: { input: { index: 'index.html', class: 'class.html' } } },
  // Playwright's baseURL is 127.0.0.1; `localhost` may resolve to ::1 only.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    exclude: [...configDefaults.exclude, 'e2e/**'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          setupFiles: ['src/test/setup-unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup-dom.ts'],
        },
      },
    ],
  },
});
