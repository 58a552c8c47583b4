// The link checker over the built site: a link to a missing page or anchor fails the suite.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { builtPages } from './site-pages.ts';
import { brokenLinks, fileOf } from './links-checker.ts';

const site = 'https://co-sell-guide.example.org';
const cache = new Map<string, string | undefined>();
function read(path: string): string | undefined {
  if (!cache.has(path)) {
    const file = fileOf('dist', path);
    cache.set(path, existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined);
  }
  return cache.get(path);
}

test('the checker reports a missing page and a missing anchor, and accepts good links', () => {
  const files: Record<string, string> = { '/ja/a/index.html': '<h2 id="x">x</h2>' };
  const fake = (path: string) => files[fileOf('', path)];
  const html = `<a href="/ja/a/#x">ok</a><a href="/ja/b/">gone</a><a href="../a/#y">no anchor</a><a href="https://example.com/">elsewhere</a><a href="${site}/ja/a/">absolute</a>`;
  expect(brokenLinks(site, '/ja/c/', html, fake)).toEqual(['/ja/b/: no such page', '../a/#y: no such anchor']);
});

for (const page of [...builtPages(), '/404.html']) {
  test(`links on ${page} lead to existing pages and anchors`, () => {
    expect(brokenLinks(site, page, read(page)!, read)).toEqual([]);
  });
}
