/**
 * The Firefox smoke suite (`npx tsx tests/firefox/run.ts`, run by `npm test` after the builds).
 * Needs `.output/firefox-mv3` (`npx wxt build -b firefox --mv3`) and Firefox ESR (FIREFOX_PATH,
 * default /usr/bin/firefox-esr). Writes `{ passed, failed }` to $FIREFOX_JSON when set.
 */
import { writeFileSync } from 'node:fs';
import { startSandbox } from '../sandbox/server';
import { runChecks } from './harness';
import type { Outcome } from './harness';
import { launchFirefox } from './launch';
import type { SandboxView } from './smoke';
import { checks } from './smoke';

async function main(): Promise<Outcome[]> {
  const server = await startSandbox({ port: 0 });
  const sandbox: SandboxView = {
    url: server.url,
    log: async () => {
      const body = (await (await fetch(`${server.url}/__sandbox/log`)).json()) as {
        entries: Awaited<ReturnType<SandboxView['log']>>;
      };
      return body.entries;
    },
  };
  const started = Date.now();
  const session = await launchFirefox().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  console.log(
    `Firefox started and the add-on ${session.addonId} installed in ${String(Date.now() - started)} ms`,
  );
  try {
    return await runChecks(checks, { session, sandbox, state: {} });
  } finally {
    await session.close();
    await server.close();
  }
}

const started = Date.now();
let outcomes: Outcome[];
try {
  outcomes = await main();
} catch (error) {
  console.error(error);
  outcomes = [
    { name: 'start Firefox with the extension', ok: false, ms: Date.now() - started, error: String(error) },
  ];
}
const passed = outcomes.filter((outcome) => outcome.ok).length;
const failed = outcomes.length - passed;
const report = process.env['FIREFOX_JSON'];
if (report) writeFileSync(report, JSON.stringify({ passed, failed }));
console.log(
  `\nFirefox smoke: ${String(passed)} passed, ${String(failed)} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed > 0 ? 1 : 0);
