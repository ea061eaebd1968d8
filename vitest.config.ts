import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest does not apply wxt.config.ts's vite plugins (TOOLCHAIN.md pitfall 1).
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
    // zustand imports 'react'; inline it so the preact/compat alias applies (TOOLCHAIN.md pitfall 2).
    server: { deps: { inline: ['zustand'] } },
    reporters: process.env['VITEST_JSON']
      ? ['default', ['json', { outputFile: process.env['VITEST_JSON'] }]]
      : ['default'],
    coverage: { provider: 'v8', include: ['lib/**', 'components/**'] },
  },
});
