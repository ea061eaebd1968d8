import { readFixture } from '../fixtures';

/** Expected fields of one member, as recorded in tests/fixtures/linkedin/known-answers.json. */
export interface ExpectedMember {
  key: string;
  url: string;
  name: string;
  headline?: string;
  location?: string;
  company?: string;
  companyUrl?: string;
}

interface Entry {
  kind: 'profile' | 'search' | 'company';
  pageUrl: string;
  expected: unknown;
}

const all = Object.entries(JSON.parse(readFixture('linkedin/known-answers.json')) as Record<string, Entry>);

/** Known answers of one fixture kind, as `[file, pageUrl, expected]` rows for `it.each`. */
export function knownAnswers<T>(kind: Entry['kind']): [string, string, T][] {
  return all
    .filter(([, entry]) => entry.kind === kind)
    .map(([file, entry]) => [file, entry.pageUrl, entry.expected as T]);
}

/** Every LinkedIn fixture file name. */
export const linkedInFixtures: string[] = all.map(([file]) => file);
