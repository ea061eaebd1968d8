import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { MAIL_LIST_FILES } from './lib/background/page/mail-list-paths';

/**
 * Preact's `dangerouslySetInnerHTML` support is the only HTML sink in our bundles, and AMO's linter
 * flags it (UNSAFE_VAR_ASSIGNMENT). Our lint bans the prop, so the build turns the sink into a text
 * write; it fails loudly if a Preact upgrade changes the code it expects.
 */
function withoutPreactHtmlSink(): Plugin {
  const sink = /\.innerHTML=([\w$]+)\.__html/g;
  return {
    name: 'prospector:without-preact-html-sink',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id.split('?')[0] ?? '')) return null;
      const found = code.match(sink)?.length ?? 0;
      if (found !== 1)
        this.error(
          `expected 1 dangerouslySetInnerHTML sink in ${id}, found ${String(found)}: update wxt.config.ts`,
        );
      return { code: code.replace(sink, '.textContent=$1.__html'), map: null };
    },
  };
}

// Declared content scripts. Not the unlisted page-detect/page-scan: scripting.executeScript returns
// their completion value, which WXT's own output step preserves and a re-minified bundle would lose.
const CONTENT_SCRIPT = /^content-scripts\/[^/]+\.js$/;

/**
 * Content scripts are parsed on every page load (linkedin.js in every LinkedIn tab), so they get
 * terser's deeper compression on top of Vite's esbuild pass (linkedin.js 26.2 → 24.9 kB;
 * the issue-6 budget is 25 kB with the polyfill). Extension pages and the worker keep esbuild's pass.
 */
function compactContentScripts(): Plugin {
  return {
    name: 'prospector:compact-content-scripts',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !CONTENT_SCRIPT.test(chunk.fileName)) continue;
        const result = await minify(chunk.code, {
          ecma: 2020,
          // unsafe_arrows: `function` expressions that never use `this` become arrows; nothing in
          // these bundles calls such a function with `new` (the e2e suite runs every one of them).
          // pure_getters: reading a property has no side effect worth keeping when the value is unused.
          compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
          format: { comments: false },
        });
        if (result.code === undefined) this.error(`terser produced nothing for ${chunk.fileName}`);
        chunk.code = result.code;
      }
    },
  };
}

// The manifest is assembled here; the permissions are justified one by one in README.md
// ("Permissions"), and tests/unit/manifest.test.ts fails on any permission missing from that table.
export default defineConfig({
  imports: false,
  // `PROSPECTOR_POLYFILL=off` builds without webextension-polyfill; only `npm run bench` uses it, to
  // measure what the polyfill adds to each bundle (bench/bundles.ts).
  modules: process.env['PROSPECTOR_POLYFILL'] === 'off' ? [] : ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  hooks: {
    // The free-mail and disposable domain lists ship as files the worker fetches when it first ranks a
    // company page (lib/background/page/mail-list-files.ts), not as 2.5 MB of its script.
    'build:publicAssets': (_wxt, files) => {
      files.push(
        {
          absoluteSrc: fileURLToPath(import.meta.resolve('email-providers/all.json')),
          relativeDest: MAIL_LIST_FILES.freeMail,
        },
        {
          absoluteSrc: fileURLToPath(import.meta.resolve('disposable-email-domains/index.json')),
          relativeDest: MAIL_LIST_FILES.disposable,
        },
      );
    },
  },
  vite: () => ({ plugins: [preact(), withoutPreactHtmlSink(), compactContentScripts()] }),
  // The sources zip is for AMO's reviewers: code and build files, not local test output.
  zip: { excludeSources: ['test-results/**', 'artifacts/**', 'coverage/**', 'playwright-report/**'] },
  manifest: ({ browser, mode }) => ({
    name: 'Prospector',
    description:
      'Find, verify and save B2B prospects on the page you are reading, with your Snov.io account.',
    permissions: [
      'storage',
      'alarms',
      'contextMenus',
      'activeTab',
      'scripting',
      'notifications',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Only the real API origin at install; other origins (the sandbox) are requested at run time.
    // The `e2e` build (.output/chrome-mv3-e2e) adds loopback access: Playwright cannot click the
    // toolbar button that grants activeTab, nor accept a permission prompt (README, "Testing").
    host_permissions:
      mode === 'e2e' ? ['https://api.snov.io/*', 'http://127.0.0.1/*'] : ['https://api.snov.io/*'],
    optional_host_permissions: ['http://127.0.0.1/*', 'http://localhost/*', 'https://*/*', 'http://*/*'],
    action: { default_title: 'Prospector' },
    commands: {
      'enrich-current-profile': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Enrich the LinkedIn profile in the current tab',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'prospector@example.com',
              // 140 (ESR): the first Firefox that reads data_collection_permissions, which AMO requires.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
            },
            // Only the minimum for the same reason (Firefox for Android reads the key from 142); it does
            // not claim Android support, which AMO asks for at upload.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
