/**
 * A tiny static server on 127.0.0.1 for company-page fixtures: content scripts and `scanTab` see a
 * real http origin, and nothing leaves the machine. `acme` is inline because the sandbox's richest
 * company is acme-robotics.example; the files in tests/fixtures/pages are served by name too.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/pages');

/** An "About" page of the sandbox's Acme Robotics: JSON-LD Organization, mailto links, a footer e-mail. */
export const ACME_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>About · Acme Robotics</title>
<link rel="canonical" href="https://www.acme-robotics.example/about">
<meta property="og:site_name" content="Acme Robotics">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Acme Robotics Inc",
"url":"https://www.acme-robotics.example","email":"hello@acme-robotics.example",
"sameAs":["https://www.linkedin.com/company/acme-robotics"]}</script></head>
<body><main><h1>About Acme Robotics</h1>
<p>Questions? <a href="mailto:sales@acme-robotics.example?subject=Hello">Write to sales</a> or
<a href="mailto:info@acme-robotics.example">info@acme-robotics.example</a>.</p>
<p>Our partner: <a href="mailto:team@acme-partners.example">Acme Partners</a>.</p></main>
<footer><address>Acme Robotics Inc · 1 Robot Way · support@acme-robotics.example</address></footer></body></html>`;

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `/acme/about` and `/fixtures/<file>.html`. */
export async function startStaticServer(): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body);
    };
    if (pathname === '/acme/about') {
      send(200, ACME_PAGE);
      return;
    }
    const name = /^\/fixtures\/([a-z0-9-]+\.html)$/.exec(pathname)?.[1];
    if (!name) {
      send(404, 'not found');
      return;
    }
    readFile(path.join(FIXTURES, name), 'utf8').then(
      (html) => {
        send(200, html);
      },
      () => {
        send(404, 'not found');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
