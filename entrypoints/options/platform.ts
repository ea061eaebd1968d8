/** The options page's few browser calls, kept out of components. */
import { browser } from 'wxt/browser';
import { originPattern } from '../../lib/storage/origins';
import { DEFAULT_BASE_URL } from '../../lib/storage/settings-schema';

/** The local sandbox's address and demo credentials (tests/sandbox, `npm run sandbox`). */
export const SANDBOX = {
  clientId: 'demo-user-id',
  clientSecret: 'demo-secret',
  baseUrl: 'http://127.0.0.1:8787',
};

/** Asks for host access to a non-default API origin, inside the click's user gesture. */
export function requestOrigin(baseUrl: string): void {
  const pattern = originPattern(baseUrl);
  if (!pattern || baseUrl.startsWith(DEFAULT_BASE_URL)) return;
  // Without the grant the call still works when the server answers CORS (the sandbox does).
  browser.permissions.request({ origins: [pattern] }).catch(() => undefined);
}

/** Downloads a JSON document through a temporary object URL. */
export function downloadJson(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
