// The page-weight measurement itself, on a small hand-made site: what counts as first-paint JS and CSS.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import {
  htmlBudget,
  inlineJsBudget,
  islandHtmlBudget,
  islandJsOverFloor,
  noIslandJsBudget,
} from '../bench/budgets.mjs';
import { gzBytes, pageWeight } from '../bench/page-weight.mjs';
import { kb } from '../bench/table.mjs';
import { everyPageChecks, pageRow } from '../bench/weight-checks.mjs';

let site: string;
const files: Record<string, string> = {
  '_astro/entry.js': 'import{a as b}from"./shared.js";const later=()=>import("./lazy.js");b(later);',
  '_astro/Island.js': 'import"./shared.js";export{c}from"./re-export.js";export default function Island(){}',
  '_astro/client.js': 'export default (el)=>el;',
  '_astro/shared.js': 'export const a=(f)=>f;',
  '_astro/re-export.js': 'export const c=1;',
  '_astro/lazy.js': 'export const never=1;',
  '_astro/Calculator.Bf-x1.js': 'import"./shared.js";export default function Calculator(){}',
  '_astro/page.css': 'body{margin:0}',
};
const inline = 'document.documentElement.dataset.js="1"';

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'page-weight-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  mkdirSync(join(site, 'ja/calc'), { recursive: true });
  writeFileSync(
    join(site, 'ja/calc/index.html'),
    `<html><head><link href="/_astro/page.css" rel="stylesheet"><style>h1{color:red}</style>
<script type="application/ld+json">{"@type":"WebPage"}</script><script>${inline}</script>
<script type="module" src="/_astro/entry.js"></script></head>
<body><astro-island uid="1" component-url="/_astro/Island.js" renderer-url="/_astro/client.js" before-hydration-url="" client="visible"></astro-island></body></html>`,
  );
  mkdirSync(join(site, 'ja/plain'), { recursive: true });
  writeFileSync(join(site, 'ja/plain/index.html'), '<html><body><p>text</p></body></html>');
  mkdirSync(join(site, 'en/scripted'), { recursive: true });
  writeFileSync(join(site, 'en/scripted/index.html'), `<html><body><script>${inline}</script></body></html>`);
  mkdirSync(join(site, 'en/module'), { recursive: true });
  writeFileSync(
    join(site, 'en/module/index.html'),
    '<html><body><script type="module" src="/_astro/entry.js"></script></body></html>',
  );
  mkdirSync(join(site, 'en/calculator'), { recursive: true });
  writeFileSync(
    join(site, 'en/calculator/index.html'),
    '<html><body><astro-island uid="2" component-url="/_astro/Calculator.Bf-x1.js" renderer-url="/_astro/client.js" client="visible"></astro-island></body></html>',
  );
  writeFileSync(join(site, 'broken.html'), '<script type="module" src="/_astro/gone.js"></script>');
});

test('first-paint JS follows module scripts, islands and static imports, but not dynamic import() or JSON-LD', () => {
  const weight = pageWeight(site, '/ja/calc/');
  expect(weight.jsFiles.sort()).toEqual(
    ['/_astro/Island.js', '/_astro/client.js', '/_astro/entry.js', '/_astro/re-export.js', '/_astro/shared.js'].sort(),
  );
  expect(weight.islands).toBe(1);
  expect(weight.inlineJs).toBe(gzBytes(inline));
  const external = weight.jsFiles.reduce((sum, url) => sum + gzBytes(files[url.slice(1)]!), 0);
  expect(weight.js).toBe(weight.inlineJs + external);
});

test('CSS counts linked stylesheets and inline style blocks, each gzipped', () => {
  const weight = pageWeight(site, '/ja/calc/');
  expect(weight.cssFiles).toEqual(['/_astro/page.css']);
  expect(weight.css).toBe(gzBytes('h1{color:red}') + gzBytes(files['_astro/page.css']!));
});

test('a page without scripts loads no JavaScript', () => {
  const weight = pageWeight(site, '/ja/plain/');
  expect(weight.js).toBe(0);
  expect(weight.jsFiles).toEqual([]);
  expect(weight.html).toBe(gzBytes('<html><body><p>text</p></body></html>'));
});

test('a page loading a file the build did not produce is reported, not counted as zero', () => {
  expect(() => pageWeight(site, '/broken.html')).toThrow(
    '/broken.html loads /_astro/gone.js, which the build did not produce',
  );
});

/** What the engine floor page weighs, as the bench and the budget tests measure it in the same run. */
const floor = { engineJs: 30_000, minimalJs: 15_000 };

test('every localized page gets the JS budget of its kind: no script file and a small inline bootstrap without an island', () => {
  const check = (path: string, measure: string) =>
    everyPageChecks(site, floor)
      .find((p) => p.path === path)
      ?.checks.find((c) => c.measure === measure);
  // With an island every script counts in one figure, Astro's inline hydration script included, over the floor.
  expect(check('/ja/calc/', 'JS')).toMatchObject({
    budget: floor.engineJs + islandJsOverFloor.guideCheck,
    floor: floor.engineJs,
  });
  expect(check('/ja/calc/', 'inline JS')).toBeUndefined();
  expect(check('/ja/plain/', 'JS')).toEqual({ measure: 'JS', bytes: 0, budget: noIslandJsBudget });
  expect(check('/ja/plain/', 'inline JS')).toEqual({ measure: 'inline JS', bytes: 0, budget: inlineJsBudget });
  // An inline bootstrap is weighed against its own budget, not against the 0 KB of script files.
  expect(check('/en/scripted/', 'JS')).toEqual({ measure: 'JS', bytes: 0, budget: noIslandJsBudget });
  const bootstrap = check('/en/scripted/', 'inline JS');
  expect(bootstrap!.bytes).toBeGreaterThan(0);
  expect(bootstrap!.bytes).toBeLessThanOrEqual(inlineJsBudget);
  // A script file on a page without an island misses the budget.
  const module = check('/en/module/', 'JS');
  expect(module!.bytes).toBeGreaterThan(module!.budget);
});

test('a page carrying the calculator gets the calculator budget over the floor; any island page the island HTML budget', () => {
  const checks = (path: string) => everyPageChecks(site, floor).find((p) => p.path === path)!.checks;
  expect(checks('/en/calculator/').find((c) => c.measure === 'JS')).toMatchObject({
    island: 'calculator',
    budget: floor.engineJs + islandJsOverFloor.calculator,
  });
  expect(checks('/en/calculator/').find((c) => c.measure === 'HTML')).toMatchObject({ budget: islandHtmlBudget });
  expect(checks('/ja/plain/').find((c) => c.measure === 'HTML')).toMatchObject({ budget: htmlBudget });
});

test('the bench prints every localized page with its own HTML, CSS and JS, missed where one is over budget', () => {
  const rows = everyPageChecks(site, floor).map(pageRow);
  expect(rows.map((r) => r.item)).toEqual([
    '/en/calculator/',
    '/en/module/',
    '/en/scripted/',
    '/ja/calc/',
    '/ja/plain/',
  ]);
  const plain = pageWeight(site, '/ja/plain/');
  expect(rows.find((r) => r.item === '/ja/plain/')).toEqual({
    item: '/ja/plain/',
    figure: `HTML ${kb(plain.html)}, CSS 0 KB, JS 0 KB`,
    budget: 'without islands',
    ok: true,
    note: undefined,
  });
  const module = rows.find((r) => r.item === '/en/module/');
  expect(module).toMatchObject({ ok: false, note: expect.stringMatching(/^JS \S+ (KB|B) over 0 KB$/) });
});
