import { useState } from 'preact/hooks';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

export interface SitesSectionProps {
  readonly origins: readonly string[];
  /** Must call browser.permissions.request before any await (user gesture). */
  readonly onAdd: (input: string) => void;
  readonly onRemove: (origin: string) => void;
  readonly problem?: string | undefined;
}

/** Sites where company detection runs as soon as a page loads (each needs its own permission). */
export function SitesSection({ origins, onAdd, onRemove, problem }: SitesSectionProps) {
  const [site, setSite] = useState('');
  return (
    <div>
      {origins.length === 0 ? (
        <p class="muted">None yet. Elsewhere, detection runs when you open the popup.</p>
      ) : (
        <ul class="sites" aria-label="Sites with automatic detection">
          {origins.map((origin) => (
            <li key={origin} class="spread">
              <span>{origin}</span>
              <button
                type="button"
                class="btn btn-small"
                onClick={() => {
                  onRemove(origin);
                }}
              >
                Turn off for {origin}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="row wrap align-end"
        aria-label="Add a site"
        onSubmit={(event) => {
          event.preventDefault();
          onAdd(site);
          setSite('');
        }}
      >
        <TextField label="Site" value={site} onInput={setSite} placeholder="acme.com" error={problem} />
        <Button type="submit">Allow detection</Button>
      </form>
    </div>
  );
}
