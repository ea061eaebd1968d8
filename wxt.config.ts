import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

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

// The manifest is assembled here; the permissions are justified one by one in README.md
// ("Permissions"), and tests/unit/manifest.test.ts fails on any permission missing from that table.
export default defineConfig({
  imports: false,
  // `PROSPECTOR_POLYFILL=off` builds without webextension-polyfill; only `npm run bench` uses it, to
  // measure what the polyfill adds to each bundle (bench/bundles.ts).
  modules: process.env['PROSPECTOR_POLYFILL'] === 'off' ? [] : ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact(), withoutPreactHtmlSink()] }),
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
