/**
 * Least privilege and store readiness, read from the built manifests (issue 7 §4): fails on an
 * all-sites host permission or content script at install, web-accessible resources reachable from
 * LinkedIn (or without use_dynamic_url), a weakened CSP, external messaging, or any permission
 * without a one-line justification in README.md's permissions table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const targets = ['chrome-mv3', 'firefox-mv3'] as const;

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  content_security_policy?: { extension_pages?: string };
  externally_connectable?: unknown;
  background?: { service_worker?: string; scripts?: string[] };
}

function manifest(target: string): Manifest {
  return JSON.parse(readFileSync(path.join(root, '.output', target, 'manifest.json'), 'utf8')) as Manifest;
}

const ALL_SITES = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

function readmePermissions(): Set<string> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split('## Permissions')[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => /^\|\s*`[^`]+`\s*\|.*\S.*\|/.test(line));
  return new Set(rows.map((line) => /`([^`]+)`/.exec(line)?.[1] ?? ''));
}

describe.each(targets)('%s manifest', (target) => {
  const m = manifest(target);

  it('ships the mail lists as files the worker fetches, not inside its script', () => {
    const output = path.join(root, '.output', target);
    const list = (file: string) => JSON.parse(readFileSync(path.join(output, file), 'utf8')) as string[];
    expect(list('data/free-mail-domains.json')).toContain('gmail.com');
    expect(list('data/disposable-domains.json')).toContain('mailinator.com');
    const worker = readFileSync(path.join(output, 'background.js'), 'utf8');
    expect(worker.length).toBeLessThan(1_000_000);
    expect(worker).not.toContain('mailinator.com');
  });

  it('is Manifest V3', () => {
    expect(m.manifest_version).toBe(3);
  });

  it('asks for no all-sites host permission at install', () => {
    for (const pattern of m.host_permissions ?? []) expect(ALL_SITES, pattern).not.toContain(pattern);
    expect(m.host_permissions).toEqual(['https://api.snov.io/*']);
  });

  it('declares content scripts only for LinkedIn', () => {
    for (const script of m.content_scripts ?? []) {
      for (const match of script.matches) expect(match).toMatch(/^https:\/\/(\*|www)\.linkedin\.com\/\*$/);
    }
  });

  it('exposes no web-accessible resource to LinkedIn, and none without a dynamic URL', () => {
    for (const entry of m.web_accessible_resources ?? []) {
      expect(entry.matches.some((match) => match.includes('linkedin') || ALL_SITES.includes(match))).toBe(
        false,
      );
      if (target.startsWith('chrome')) expect(entry.use_dynamic_url).toBe(true);
    }
  });

  it('keeps the default content security policy and opens no external channel', () => {
    const csp = m.content_security_policy?.extension_pages ?? '';
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    expect(m.externally_connectable).toBeUndefined();
  });

  it('justifies every permission in README.md', () => {
    const justified = readmePermissions();
    const asked = [
      ...(m.permissions ?? []),
      ...(m.optional_permissions ?? []),
      ...(m.host_permissions ?? []),
      ...(m.optional_host_permissions ?? []),
    ];
    expect(asked.length).toBeGreaterThan(0);
    for (const permission of asked)
      expect(justified, `${permission} needs a row in README.md ## Permissions`).toContain(permission);
  });
});

describe('bundles', () => {
  it.each(targets)('%s: no background or content code registers an external message channel', (target) => {
    const dir = path.join(root, '.output', target);
    const background = readFileSync(path.join(dir, 'background.js'), 'utf8');
    // The polyfill's API table names every event, so look for a registration, not the word.
    expect(/on(Message|Connect)External\.addListener\(/.test(background)).toBe(false);
  });
});

/** Scripts that run in web pages: the LinkedIn content script and the on-demand page scanners. */
function pageScripts(dir: string): string[] {
  const scripts = readdirSync(path.join(dir, 'content-scripts')).map((file) =>
    path.join('content-scripts', file),
  );
  return [...scripts, ...readdirSync(dir).filter((file) => /^page-[\w-]+\.js$/.test(file))];
}

describe('what runs in pages (issue 7 §3)', () => {
  it.each(targets)('%s: page scripts carry no secret handling, token endpoint or API origin', (target) => {
    const dir = path.join(root, '.output', target);
    const scripts = pageScripts(dir);
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const file of scripts) {
      const code = readFileSync(path.join(dir, file), 'utf8');
      // Secrets live in the worker only (lint zone for lib/storage/secrets.ts; STYLE.md §4.2).
      expect(code, file).not.toMatch(
        /oauth\/access_token|client_secret|clientSecret|accessToken|Bearer |api\.snov\.io/,
      );
    }
  });

  it.each(targets)('%s: extension pages load no remote code', (target) => {
    const dir = path.join(root, '.output', target);
    for (const page of readdirSync(dir).filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(path.join(dir, page), 'utf8');
      expect(html, page).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    }
  });
});
