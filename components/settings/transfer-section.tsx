import { useId } from 'preact/hooks';
import { Button } from '../ui/button';

export interface TransferSectionProps {
  readonly onExport: () => void;
  readonly onImport: (text: string) => void;
}

/** Export and import of settings as JSON; credentials are never part of the file. */
export function TransferSection({ onExport, onImport }: TransferSectionProps) {
  const id = useId();
  return (
    <div>
      <p class="muted">The file holds your preferences only: never your API User ID, Secret or token.</p>
      <div class="row wrap">
        <Button onClick={onExport}>Export settings</Button>
        <label for={id} class="btn">
          Import settings…
        </label>
        <input
          id={id}
          class="sr-only"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            void file.text().then((text) => {
              onImport(text);
              input.value = '';
            });
          }}
        />
      </div>
    </div>
  );
}
