import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The manifest is assembled here; the permissions are justified one by one in README.md
// ("Permissions"), and tests/unit/manifest.test.ts fails on any permission missing from that table.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: 'Prospector',
    description: 'Find, verify and save B2B prospects on the page you are reading, with your Snov.io account.',
    permissions: [
      'storage',
      'alarms',
      'contextMenus',
      'activeTab',
      'scripting',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Only the real API origin at install; other origins (the sandbox) are requested at run time.
    // The `e2e` build (.output/chrome-mv3-e2e) adds loopback access: Playwright cannot click the
    // toolbar button that grants activeTab, nor accept a permission prompt (README, "Testing").
    host_permissions: mode === 'e2e' ? ['https://api.snov.io/*', 'http://127.0.0.1/*'] : ['https://api.snov.io/*'],
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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
            },
          },
        }
      : {}),
  }),
});
