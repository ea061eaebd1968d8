/** Renders assets/icon/prospector.svg to public/icon/{16,32,48,128}.png with headless Chromium. */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, QUIET_FLAGS } from '../tests/e2e/launch';

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'assets/icon/prospector.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: QUIET_FLAGS });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
  );
  await page.screenshot({ path: path.join(root, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
