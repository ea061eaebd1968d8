/**
 * (3) Bundle sizes: every entry's JS (its own file plus the chunks it loads statically), minified
 * as built and gzipped, from `.output/chrome-mv3`; and what webextension-polyfill adds to each.
 * Single-file entries (background, content scripts) are compared with a second build without the
 * polyfill (`PROSPECTOR_POLYFILL=off`, wxt.config.ts). HTML pages share chunks that Rollup splits
 * differently in the two builds, so for them the polyfill's own size is counted where its code is
 * present (found by one of its error messages).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of one entry's JS closure, in bytes. */
export interface EntrySize {
  readonly entry: string;
  readonly kind: 'background' | 'content' | 'page';
  readonly files: readonly string[];
  readonly minified: number;
  readonly gzipped: number;
  readonly polyfillIncluded: boolean;
  /** Bytes the polyfill adds; null when the build without it failed. */
  readonly polyfillMinified: number | null;
  readonly polyfillGzipped: number | null;
  readonly polyfillMethod: 'a/b build' | 'standalone size' | 'absent';
}

const POLYFILL_SIGNATURE = 'The message port closed before a response was received';

const IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

function closure(root: string, first: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(path.join(root, file))) return;
    seen.add(file);
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = match[1] ?? '';
      visit(target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(file), target));
    }
  };
  first.forEach(visit);
  return [...seen];
}

function htmlScripts(root: string, html: string): string[] {
  const text = readFileSync(path.join(root, html), 'utf8');
  const sources = [
    ...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  return sources.map((match) => (match[1] ?? '').replace(/^\//, ''));
}

function entries(root: string): { entry: string; kind: EntrySize['kind']; first: string[] }[] {
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const found: { entry: string; kind: EntrySize['kind']; first: string[] }[] = [];
  const worker = manifest.background?.service_worker;
  if (worker !== undefined) found.push({ entry: 'background', kind: 'background', first: [worker] });
  const contentDir = path.join(root, 'content-scripts');
  const content = existsSync(contentDir)
    ? readdirSync(contentDir)
        .filter((file) => file.endsWith('.js'))
        .map((file) => `content-scripts/${file}`)
    : [];
  // Unlisted scripts (page-scan, page-detect) are injected into pages: content scripts too.
  const unlisted = readdirSync(root).filter((file) => file.endsWith('.js') && file !== worker);
  for (const file of [...content, ...unlisted])
    found.push({ entry: path.basename(file, '.js'), kind: 'content', first: [file] });
  for (const html of readdirSync(root).filter((file) => file.endsWith('.html')))
    found.push({ entry: path.basename(html, '.html'), kind: 'page', first: htmlScripts(root, html) });
  return found;
}

interface Measured {
  readonly kind: EntrySize['kind'];
  readonly files: string[];
  readonly minified: number;
  readonly gzipped: number;
  readonly polyfillIncluded: boolean;
}

function measure(root: string): Map<string, Measured> {
  const sizes = new Map<string, Measured>();
  for (const { entry, kind, first } of entries(root)) {
    const files = closure(root, first);
    const buffers = files.map((file) => readFileSync(path.join(root, file)));
    sizes.set(entry, {
      kind,
      files,
      minified: buffers.reduce((sum, buffer) => sum + buffer.length, 0),
      gzipped: buffers.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0),
      polyfillIncluded: buffers.some((buffer) => buffer.includes(POLYFILL_SIGNATURE)),
    });
  }
  return sizes;
}

function build(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): void {
  execFileSync('npx', ['wxt', 'build', ...args], { cwd, env: { ...process.env, ...env }, stdio: 'pipe' });
}

/** Builds the production extension (and the polyfill-free variant) and measures every entry. */
export function benchBundles(
  root: string,
  progress: (line: string) => void,
): { sizes: EntrySize[]; polyfillBuild: 'ok' | 'failed' } {
  build(root, [], {});
  const withPolyfill = measure(path.join(root, '.output/chrome-mv3'));
  let without: ReturnType<typeof measure> | undefined;
  try {
    build(root, ['--mode', 'no-polyfill'], { PROSPECTOR_POLYFILL: 'off' });
    without = measure(path.join(root, '.output/chrome-mv3-no-polyfill'));
  } catch (error) {
    progress(`build without the polyfill failed: ${String(error).slice(0, 200)}`);
  }
  const standalone = readFileSync(
    path.join(root, 'node_modules/webextension-polyfill/dist/browser-polyfill.min.js'),
  );
  const sizes = [...withPolyfill].map(([entry, size]): EntrySize => {
    const other = without?.get(entry);
    const isSingleFile = size.kind !== 'page' && size.files.length === 1;
    if (!size.polyfillIncluded)
      return { entry, ...size, polyfillMinified: 0, polyfillGzipped: 0, polyfillMethod: 'absent' };
    if (!isSingleFile)
      return {
        entry,
        ...size,
        polyfillMinified: standalone.length,
        polyfillGzipped: gzipSync(standalone, { level: 9 }).length,
        polyfillMethod: 'standalone size',
      };
    return {
      entry,
      ...size,
      polyfillMinified: other === undefined ? null : size.minified - other.minified,
      polyfillGzipped: other === undefined ? null : size.gzipped - other.gzipped,
      polyfillMethod: 'a/b build',
    };
  });
  progress(
    `bundles: ${sizes.map((size) => `${size.entry} ${(size.minified / 1000).toFixed(1)} kB`).join(', ')}`,
  );
  return { sizes, polyfillBuild: without === undefined ? 'failed' : 'ok' };
}
