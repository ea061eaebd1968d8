import { execSync } from 'node:child_process';

/**
 * Builds the e2e variant of the Chrome extension (.output/chrome-mv3-e2e) so specs never run
 * against a stale build. The gate builds it once itself and sets PROSPECTOR_SKIP_BUILD=1.
 */
export default function globalSetup(): void {
  if (process.env['PROSPECTOR_SKIP_BUILD'] === '1') return;
  execSync('npx wxt build --mode e2e', { stdio: 'inherit' });
}
