import { defineConfig } from 'vitest/config';

// Checks that read the built extensions (.output/*): run by the gate after both builds.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    reporters: process.env['VITEST_JSON']
      ? ['default', ['json', { outputFile: process.env['VITEST_JSON'] }]]
      : ['default'],
  },
});
