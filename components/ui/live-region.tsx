export interface LiveRegionProps {
  readonly message: string | null;
}

/** A polite announcement ("Copied"), visible and read by screen readers without stealing focus. */
export function LiveRegion({ message }: LiveRegionProps) {
  return (
    <p class="live-region" role="status" aria-live="polite" aria-atomic="true">
      {message ?? ''}
    </p>
  );
}
