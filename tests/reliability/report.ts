/**
 * `npm run reliability:report`: rewrites README.md's "Reliability and security" section from the
 * figures the runs leave in artifacts/reliability/ (faults.json from the fault run, fuzz.json from
 * `npm run fuzz`, security.json from the security e2e). Everything else in README.md is untouched.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, 'artifacts/reliability');
const HEADING = '## Reliability and security';

function read(name: string): unknown {
  const file = path.join(dir, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
}

interface Faults {
  date: string;
  prospectsEnriched: number;
  prospectsSaved: number;
  lists?: number;
  lost: number;
  duplicatedInList: number;
  duplicateStarts: number;
  paidStarts: number;
  faultsInjected: Record<string, number>;
  faultsTotal: number;
  /** How long after each of the test's offline spells the queue paused as offline (since 2026-11-26). */
  offlineNoticedMs?: number[];
  apiRequests: number;
  busiest60sWindow: number;
  busiest60sWindowRaw?: number;
  browserResends?: number;
  seconds: number;
}
interface Fuzz {
  date: string;
  casesPerTarget: number;
  total: number;
  failed: number;
  targets: { name: string; proves: string; cases: number }[];
}
interface Security {
  date: string;
  attacks: number;
  refused: number;
  leaks: number;
}

const day = (iso: string): string => iso.slice(0, 10);
const n = (value: number): string => value.toLocaleString('en');

function faultsPart(faults: Faults | undefined): string[] {
  if (!faults)
    return ['_No fault run recorded yet: run `npx playwright test tests/e2e/reliability-faults.spec.ts`._'];
  const kinds = Object.entries(faults.faultsInjected)
    .map(([kind, count]) => `${kind} ${n(count)}`)
    .join(', ');
  return [
    `**Faults** (tests/e2e/reliability-faults.spec.ts, built extension in Chromium against the sandbox, ${day(faults.date)}, ${n(faults.seconds)} s): ` +
      `${n(faults.prospectsEnriched)} profiles enriched and ${n(faults.prospectsSaved)} saves${faults.lists === undefined ? '' : ` (each enriched prospect to ${n(faults.lists)} lists)`} through **${n(faults.faultsTotal)} faults** (${kinds}).`,
    '',
    '| Check (from the sandbox log and state) | Result |',
    '| --- | --- |',
    `| Saved prospects lost | **${n(faults.lost)}** |`,
    `| Saved prospects in their list more than once | ${n(faults.duplicatedInList)} |`,
    `| Inputs in two paid starts the server ran | **${n(faults.duplicateStarts)}** (${n(faults.paidStarts)} paid starts) |`,
    ...(faults.offlineNoticedMs === undefined || faults.offlineNoticedMs.length === 0
      ? []
      : [
          `| Network dropped mid-run: the queue paused as "offline" after | ${faults.offlineNoticedMs.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')} |`,
        ]),
    `| Most API requests in any 60 s | ${n(faults.busiest60sWindow)} of ${n(faults.apiRequests)} (limit 60)${faults.busiest60sWindow > 60 ? ': **over**' : ''}; by arrival at the sandbox${faults.busiest60sWindowRaw === undefined ? '' : `, ${n(faults.busiest60sWindowRaw)} counting the ${n(faults.browserResends ?? 0)} requests Chromium itself sent again after a dropped connection (the client never sees those)`} |`,
  ];
}

function fuzzPart(fuzz: Fuzz | undefined): string[] {
  if (!fuzz) return ['_No long fuzz run recorded yet: run `npm run fuzz`._'];
  return [
    `**Bad input** (\`npm run fuzz\`, fast-check, ${day(fuzz.date)}): ${n(fuzz.total)} inputs tried, ${n(fuzz.casesPerTarget)} per target, ${n(fuzz.failed)} failures. ` +
      '`npm test` runs the same properties with 1,000 cases each (tests/unit/reliability/properties.test.ts); tests/unit/reliability/nasties.test.ts adds huge and deep pages, a 10 MB text node, `__proto__` keys, confusable hosts, 2,000-character slugs and CSV formulae.',
    '',
    '| Target | What holds for every input |',
    '| --- | --- |',
    ...fuzz.targets.map((target) => `| ${target.name} | ${target.proves} |`),
  ];
}

function securityPart(security: Security | undefined): string[] {
  if (!security)
    return ['_No security run recorded yet: run `npx playwright test tests/e2e/security-hostile.spec.ts`._'];
  return [
    `**Attacks** (tests/e2e/security-hostile.spec.ts, ${day(security.date)}): ${n(security.attacks)} tried (a hostile LinkedIn page: postMessage, CustomEvents, runtime messaging, ` +
      'fetching extension files, harvesting its DOM and storage; a second extension messaging our id; markup and `javascript:` links in names, companies, reply subjects and bodies), ' +
      `${n(security.refused)} refused or rendered inert, **${n(security.leaks)} leaks** of the token or secret. ` +
      'Unit tests cover the guard (foreign ids, subframes, lookalike URLs, unknown types, extra and `__proto__` keys); tests/build/manifest.test.ts checks the built manifests and page scripts.',
  ];
}

const section = [
  HEADING,
  '',
  '_Generated by `npm run reliability:report` from artifacts/reliability/*.json; do not edit by hand._',
  '',
  ...faultsPart(read('faults.json') as Faults | undefined),
  '',
  ...fuzzPart(read('fuzz.json') as Fuzz | undefined),
  '',
  ...securityPart(read('security.json') as Security | undefined),
  '',
].join('\n');

const readmePath = path.join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(HEADING);
const next = start === -1 ? -1 : readme.indexOf('\n## ', start + HEADING.length);
const updated =
  start === -1
    ? `${readme.trimEnd()}\n\n${section}`
    : `${readme.slice(0, start)}${section}${next === -1 ? '' : readme.slice(next + 1)}`;
// The gate checks README.md with Prettier: write it formatted.
const options = (await resolveConfig(readmePath)) ?? {};
writeFileSync(readmePath, await format(updated, { ...options, filepath: readmePath }));
console.log(`README.md: "${HEADING}" rewritten`);
