/** Escaping for the generated benchmark pages (built as strings in Node, served by Playwright). */

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A generated page: where it is served, its HTML, and what a perfect detector finds on it. */
export interface GeneratedPage<T> {
  readonly name: string;
  readonly url: string;
  readonly html: string;
  readonly truth: T;
}
