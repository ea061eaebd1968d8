export type DashboardSectionName = 'campaigns' | 'analytics' | 'senders' | 'warm-up' | 'webhooks';

const LINKS: readonly { readonly name: DashboardSectionName; readonly label: string }[] = [
  { name: 'campaigns', label: 'Campaigns' },
  { name: 'analytics', label: 'Analytics' },
  { name: 'senders', label: 'Sender accounts' },
  { name: 'warm-up', label: 'Warm-up' },
  { name: 'webhooks', label: 'Webhooks' },
];

/** The dashboard's sections; the current one is marked with aria-current. */
export function DashboardNav({ current }: { readonly current: DashboardSectionName }) {
  return (
    <nav class="dash-nav" aria-label="Dashboard sections">
      <p class="dash-brand">Prospector outreach</p>
      <ul>
        {LINKS.map((link) => (
          <li key={link.name}>
            <a href={`#/${link.name}`} aria-current={link.name === current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
