/**
 * The one place that prints. Never pass tokens, secrets, whole API responses or personal data
 * from pages: log kinds, counts and ids.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';

const PREFIX = '[prospector]';

/** Writes one structured line. */
export function log(level: Level, event: string, details?: Readonly<Record<string, unknown>>): void {
  const line = details ? [PREFIX, event, details] : [PREFIX, event];
  switch (level) {
    case 'debug':
      console.debug(...line);
      break;
    case 'info':
      console.info(...line);
      break;
    case 'warn':
      console.warn(...line);
      break;
    case 'error':
      console.error(...line);
      break;
  }
}
