/**
 * CSV export for the popup and the side panel. Papa Parse (lib/csv.ts) is loaded on the first export,
 * not with every popup and panel: it was a fifth of their start-up script and most opens never export.
 */
import type { ApiError } from '../errors';
import type { Prospect } from '../messaging/protocol';

/** "1 prospect", "2 prospects". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The CSV module could not be loaded (the extension was updated while this page stayed open). */
export const EXPORT_UNAVAILABLE: ApiError = {
  kind: 'server',
  status: 0,
  message: 'The export could not start. Close this panel and open it again.',
};

/** What an export leaves on screen: a notice when the file was handed over, else the error. */
export type ExportOutcome = { readonly notice: string } | { readonly error: ApiError };

/** Saves `prospects` as `prospects-<label>-<date>.csv` through `saveFile`. */
export async function exportProspects(
  prospects: readonly Prospect[],
  label: string,
  deps: { readonly saveFile: (name: string, text: string) => void; readonly now: () => Date },
): Promise<ExportOutcome> {
  try {
    const { csvFileName, prospectsToCsv } = await import('../csv');
    deps.saveFile(csvFileName(label, deps.now()), prospectsToCsv(prospects));
    return { notice: `Exported ${plural(prospects.length, 'prospect')} to CSV.` };
  } catch {
    return { error: EXPORT_UNAVAILABLE };
  }
}
