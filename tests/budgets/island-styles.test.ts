// Each page links the island styles it renders, and only those: Astro 7 linked the browser build's copy of every
// island's styles on every page that reads the docs collection (guide pages, 404s), 2.2 KB gz each did not use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtHtmlOf } from '../bench/built-pages.mjs';
import { htmlFileOf, pageWeight } from '../bench/page-weight.mjs';

const dist = 'dist';
const pages = builtHtmlOf(dist).map((path) => {
  const html = readFileSync(htmlFileOf(dist, path), 'utf8');
  const css = pageWeight(dist, path)
    .cssFiles.map((url) => readFileSync(join(dist, url), 'utf8'))
    .join('\n');
  return { path, html, css };
});
const scopes = (text: string) => new Set(text.match(/\bsvelte-[a-z0-9]+\b/g) ?? []);

test('a page without an island links no island styles', () => {
  const plain = pages.filter((p) => !p.html.includes('<astro-island'));
  expect(plain.length).toBeGreaterThan(0);
  for (const { path, css } of plain) expect([...scopes(css)], path).toEqual([]);
});

test('a page with an island links the styles of every island element it renders', () => {
  const withIsland = pages.filter((p) => p.html.includes('<astro-island'));
  expect(withIsland.length).toBeGreaterThan(0);
  for (const { path, html, css } of withIsland) {
    const styled = scopes(css);
    expect(styled.size, path).toBeGreaterThan(0);
    expect(
      [...scopes(html)].filter((scope) => !styled.has(scope)),
      path,
    ).toEqual([]);
  }
});
