/** Builds the in-page entries (ours and the baseline) as minified IIFEs with esbuild (shipped with vite). */
import { build } from 'esbuild';
import path from 'node:path';

/** The two scripts injected into every benchmark page, and their minified sizes. */
export interface PageBundles {
  readonly ours: string;
  readonly baseline: string;
  /** Search pages only: the floor readers (page-floor.ts). */
  readonly floor: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

/** Bundles both entries. */
export async function buildPageBundles(): Promise<PageBundles> {
  const [ours, baseline, floor] = await Promise.all([
    bundle('page-ours.ts'),
    bundle('page-baseline.ts'),
    bundle('page-floor.ts'),
  ]);
  return { ours, baseline, floor };
}
