import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SectionProps {
  readonly title: string;
  /** Shown next to the title, e.g. a count. */
  readonly aside?: ComponentChildren;
  readonly busy?: boolean;
  readonly children: ComponentChildren;
}

/** A titled region; its heading names it for assistive tech. */
export function Section({ title, aside, busy = false, children }: SectionProps) {
  const id = useId();
  return (
    <section class="section" aria-labelledby={id} aria-busy={busy}>
      <div class="spread">
        <h2 id={id}>{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
