import type { Page } from '@playwright/test';

/**
 * Visible controls whose box sticks out past the right edge of their section (card) or of the page:
 * what a user sees as a clipped field in a 400 px popup or a narrow side panel. Returns one line per
 * control, so a failure names it.
 */
export async function overflowingControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const pageRight = document.documentElement.getBoundingClientRect().right;
    for (const control of document.querySelectorAll<HTMLElement>('input, select, textarea, button')) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const card = control.closest('section');
      const right = Math.min(pageRight, card?.getBoundingClientRect().right ?? pageRight);
      if (box.right > right + 0.5) {
        const label =
          control.getAttribute('aria-label') ??
          (control instanceof HTMLInputElement ? control.labels?.[0]?.textContent : null) ??
          control.textContent;
        found.push(
          `${control.localName} "${label.trim()}" ends at ${box.right.toFixed(0)} px, past ${right.toFixed(0)} px`,
        );
      }
    }
    return found;
  });
}
