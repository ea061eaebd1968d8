/** Word tables for the seeded world. All invented; domains use the reserved `.example` TLD. */

export const COMPANY_WORDS = [
  'Acme', 'Northwind', 'Bluefin', 'Cobalt', 'Driftwood', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Ironleaf',
  'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Orchard', 'Pioneer', 'Quartz', 'Redwood', 'Summit',
  'Tidal', 'Umbra', 'Vertex', 'Willow', 'Xenon', 'Yarrow', 'Zephyr', 'Alder', 'Beacon', 'Cedar', 'Delta', 'Quiet',
] as const;

export const COMPANY_KINDS = [
  'Robotics', 'Analytics', 'Logistics', 'Health', 'Software', 'Foods', 'Energy', 'Labs', 'Media', 'Security',
  'Finance', 'Learning', 'Automation', 'Cloud', 'Design', 'Holdings',
] as const;

export const INDUSTRIES = [
  'Computer Software', 'Information Technology & Services', 'Logistics & Supply Chain', 'Hospital & Health Care',
  'Food Production', 'Renewables & Environment', 'Marketing & Advertising', 'Computer & Network Security',
  'Financial Services', 'Education Management', 'Industrial Automation',
] as const;

export const SIZES = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001-10000', '10001+'] as const;

export const PLACES = [
  { city: 'New York', state: 'NY', country: 'United States' },
  { city: 'Austin', state: 'TX', country: 'United States' },
  { city: 'Chicago', state: 'IL', country: 'United States' },
  { city: 'London', state: 'England', country: 'United Kingdom' },
  { city: 'Berlin', state: 'Berlin', country: 'Germany' },
  { city: 'Madrid', state: 'Community of Madrid', country: 'Spain' },
  { city: 'Kraków', state: 'Lesser Poland', country: 'Poland' },
  { city: 'Copenhagen', state: 'Capital Region', country: 'Denmark' },
  { city: 'Istanbul', state: 'Istanbul', country: 'Turkey' },
  { city: 'Paris', state: 'Île-de-France', country: 'France' },
  { city: 'Toronto', state: 'Ontario', country: 'Canada' },
  { city: 'Lisbon', state: 'Lisbon', country: 'Portugal' },
] as const;

export const FIRST_NAMES = [
  'José', 'Zoë', 'Łukasz', 'Søren', 'Çağla', 'Björn', 'Renée', 'François', 'Inês', 'Mikael', 'Ana', 'Liam',
  'Olivia', 'Noah', 'Emma', 'Mateo', 'Sofia', 'Lucas', 'Mia', 'Ethan', 'Amelia', 'Hugo', 'Chloe', 'Leo',
  'Grace', 'Omar', 'Priya', 'Kenji', 'Aiko', 'Dmitri', 'Elif', 'Jonas', 'Marta', 'Pavel', 'Nora', 'Tomás',
] as const;

export const LAST_NAMES = [
  'García', 'Müller', 'Wróbel', 'Ærø', 'Öztürk', 'Lindqvist', 'Dubois', 'Conceição', 'Novak', 'Carter',
  'Bennett', 'Hughes', 'Foster', 'Reyes', 'Moreau', 'Schmidt', 'Kowalski', 'Jensen', 'Yılmaz', 'Costa',
  'Tanaka', 'Ivanova', 'Patel', 'Okafor', 'Larsen', 'Fischer', 'Romano', 'Silva', 'Walsh', 'Brooks',
] as const;

export const POSITIONS = [
  'CEO', 'CTO', 'CFO', 'COO', 'VP Sales', 'Head of Sales', 'Head of Marketing', 'Marketing Manager',
  'Sales Manager', 'Account Executive', 'Software Engineer', 'Senior Software Engineer', 'QA Engineer',
  'Product Manager', 'Data Analyst', 'HR Manager', 'Recruiter', 'Customer Success Manager',
  'Operations Manager', 'Web developer', 'Designer', 'Finance Director', 'Office Manager', 'Support Specialist',
] as const;

export const SKILLS = ['sales', 'saas', 'negotiation', 'python', 'typescript', 'leadership', 'marketing', 'analytics', 'crm', 'recruiting'] as const;

export const GENERIC_LOCAL_PARTS = ['info', 'sales', 'support', 'hello', 'careers', 'press', 'orders'] as const;

export const UNKNOWN_REASONS = ['banned', 'catchall', 'connection_error', 'greylist', 'hidden_by_owner'] as const;

/** Webmail domains: domain counts answer `webmail: true, result: 0`; the verifier flags `is_webmail`. */
export const WEBMAIL_DOMAINS = ['mailbox.example', 'inboxly.example'] as const;

/** Disposable-address domains for the verifier's `is_disposable`. */
export const DISPOSABLE_DOMAINS = ['throwaway-mail.example', 'tempbox.example'] as const;

/** Fixed seeded date used when no anchor is configured: seeded activity lies in the 45 days before it. */
export const DEFAULT_ANCHOR = '2026-11-01';
