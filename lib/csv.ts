/**
 * CSV export of prospects. Papa Parse writes the rows; `escapeFormulae` prefixes a quote to any
 * cell starting with `=`, `+`, `-`, `@`, tab or carriage return, so a name like
 * `=HYPERLINK("http://evil", "x")` from a page or the API stays text when the file opens in Excel
 * or Sheets (OWASP "CSV injection").
 */
import Papa from 'papaparse';
import type { EmailInfo, Prospect } from './messaging/protocol/dto';

/** The columns, in order; headers are plain words for spreadsheet users. */
export const CSV_COLUMNS = [
  'Name',
  'First name',
  'Last name',
  'Position',
  'Company',
  'Domain',
  'E-mail',
  'E-mail status',
  'LinkedIn',
  'Location',
] as const;

function statusWords(info: EmailInfo | undefined): string {
  if (!info) return '';
  if (info.status === 'unknown' && info.reason) return `unknown (${info.reason})`;
  return info.status.replace('_', ' ');
}

/** One row per prospect; the best e-mail (the first valid one, else the first) is exported. */
export function prospectRow(prospect: Prospect): string[] {
  const email = prospect.emails.find((e) => e.status === 'valid') ?? prospect.emails[0];
  return [
    prospect.name,
    prospect.firstName ?? '',
    prospect.lastName ?? '',
    prospect.position ?? '',
    prospect.company ?? '',
    prospect.companyDomain ?? '',
    email?.email ?? '',
    statusWords(email),
    prospect.linkedinUrl ?? '',
    prospect.location ?? prospect.country ?? '',
  ];
}

/**
 * Prospects as Excel-safe CSV text (CRLF line ends, a BOM so Excel reads UTF-8 names).
 * @example const blob = new Blob([prospectsToCsv(selected)], { type: 'text/csv' });
 */
export function prospectsToCsv(prospects: readonly Prospect[]): string {
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: prospects.map(prospectRow) },
    { escapeFormulae: true, quotes: false, newline: '\r\n' },
  );
  return `\uFEFF${body}`;
}

/** A file name like `prospects-acme.example-2026-11-01.csv`. */
export function csvFileName(label: string, now: Date): string {
  const safe = label.replace(/[^a-z0-9.-]+/gi, '-').replace(/^-+|-+$/g, '') || 'prospects';
  return `prospects-${safe}-${now.toISOString().slice(0, 10)}.csv`;
}
