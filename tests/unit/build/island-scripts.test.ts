import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { externalizeIslandScripts } from '../../../src/build/island-scripts.ts';

// What Astro inlines, shortened: a directive, then the element (each a script of its own).
const visible =
  '(()=>{var v=1;(self.Astro||(self.Astro={})).visible=v;window.dispatchEvent(new Event("astro:visible"));})();';
const element =
  '(()=>{class f extends HTMLElement{}customElements.get("astro-island")||customElements.define("astro-island",f)})();';
const boot = '(()=>{document.documentElement.classList.add("js")})();';
const island = `<script>${visible}</script><script>${element}</script><astro-island client="visible"></astro-island>`;

it('moves the island scripts of every page into one shared file, and leaves other scripts inline', () => {
  const dist = mkdtempSync(join(tmpdir(), 'islands-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'ja'));
  writeFileSync(join(dist, 'ja/a.html'), `<head><script>${boot}</script></head><body>${island}</body>`);
  writeFileSync(join(dist, 'ja/b.html'), `<body><p>b</p>${island}</body>`);
  writeFileSync(join(dist, 'plain.html'), `<head><script>${boot}</script></head><body></body>`);

  externalizeIslandScripts(dist, '/guide');

  const files = readdirSync(join(dist, '_astro'));
  expect(files).toHaveLength(1);
  expect(readFileSync(join(dist, '_astro', files[0]!), 'utf8')).toBe(`${visible}\n${element}`);
  const a = readFileSync(join(dist, 'ja/a.html'), 'utf8');
  expect(a).toBe(
    `<head><script>${boot}</script></head><body><script defer src="/guide/_astro/${files[0]}"></script><astro-island client="visible"></astro-island></body>`,
  );
  expect(readFileSync(join(dist, 'ja/b.html'), 'utf8')).toContain(`<script defer src="/guide/_astro/${files[0]}">`);
  expect(readFileSync(join(dist, 'plain.html'), 'utf8')).toBe(`<head><script>${boot}</script></head><body></body>`);
});
