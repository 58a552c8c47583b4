// npm run bench: one cold build beside the floor pages, then page weight, search, hydration and typing on a
// simulated phone, Lighthouse and engine speed against their budgets. Prints one table; exits 1 when any is missed.
import { existsSync } from 'node:fs';
import { builtHtmlOf } from './built-pages.mjs';
import { lighthouseBudget, lighthouseCategories, starlight } from './budgets.mjs';
import { launchChromium, scriptsLoaded, searchWeight } from './browser-weight.mjs';
import { chromiumPath } from './chromium.mjs';
import { coldBuild } from './cold-build.mjs';
import { buildFloor, floorOf, weighFloorPages } from './floor.mjs';
import { engineFigureRows } from './engine-rows.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { serveStatic } from './static-server.mjs';
import { kb, printTable } from './table.mjs';
import { hydrationTitle, mainThreadRows, typingTitle } from './timing.mjs';
import { budgetText, everyPageChecks, pageRow, pageTypeChecks } from './weight-checks.mjs';

const dist = 'dist';
const localeOf = (path) => (path.startsWith('/en/') ? 'en' : 'ja');
const total = (t) => t.js + t.css + t.html + t.data;
const firstPaint = (w) => w.html + w.css + w.js;

const started = performance.now();
const progress = (what) =>
  console.error(`bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s: ${what} …`);

if (!existsSync(chromiumPath)) {
  console.error(`bench: needs Chromium at ${chromiumPath} (apt-get install chromium)`);
  process.exit(1);
}

progress('cold build');
const build = coldBuild();
if (!build.ok) {
  console.error(build.output);
  console.error('bench: the build failed');
  process.exit(1);
}

// The floor pages, built now: every island budget is set over what they weigh and how fast they run.
progress('floor: the smallest island pages the stack builds');
const floorBuild = buildFloor();
if (!floorBuild.ok) {
  console.error(floorBuild.output);
  console.error('bench: the floor pages (tests/bench/floor/) did not build, and every island budget is set over them');
  process.exit(1);
}
const floor = floorOf(floorBuild.outDir);

const pages = pageTypeChecks(dist, floor);
const built = pages.filter((p) => p.weight);

const weightRows = pages.flatMap(({ label, path, weight, checks }) => {
  if (!weight) return [{ item: `${label} ${path}`, figure: 'not built', budget: '', ok: false }];
  return checks.map((check) => ({
    item: `${label} ${path} ${check.measure}`,
    figure:
      check.measure === 'JS' && weight.inlineJs
        ? `${kb(check.bytes)} (inline ${kb(weight.inlineJs)})`
        : kb(check.bytes),
    budget: budgetText(check),
    ok: check.bytes <= check.budget,
    note:
      check.measure === 'JS' && check.bytes > 0
        ? `files: ${weight.jsFiles.join(', ') || 'none, inline only'}`
        : undefined,
  }));
});

// Each page's own figures; a missing site shows as one missed row rather than an empty section.
const everyPage = everyPageChecks(dist, floor);
const everyPageRows = everyPage.length
  ? everyPage.map(pageRow)
  : [{ item: 'pages under /ja/ and /en/', figure: 'none built', budget: '', ok: false }];

progress('search and loaded scripts in Chromium');
const server = await serveStatic(dist);
const floorServer = await serveStatic(floorBuild.outDir);
const searchRows = [];
let floorPages;
let mainThread;
const unexpectedScripts = [];
const browser = await launchChromium();
try {
  for (const { typeId, label, path, weight } of built) {
    const loaded = await scriptsLoaded(browser, server.origin, path);
    unexpectedScripts.push(...loaded.filter((url) => !weight.jsFiles.includes(url)).map((url) => `${path}: ${url}`));

    const search = await searchWeight(browser, server.origin, path, localeOf(path));
    if ('error' in search) {
      searchRows.push({
        item: `${label} ${path} search`,
        figure: 'not measured',
        budget: '',
        ok: false,
        note: search.error,
      });
      continue;
    }
    const { opened, query } = search;
    const breakdown = (t) => `JS ${kb(t.js)}, CSS ${kb(t.css)}, HTML ${kb(t.html)}, wasm/index ${kb(t.data)}`;
    searchRows.push({
      item: `${label} ${path} search`,
      figure: `+${kb(total(opened))} open, +${kb(total(query))} query`,
      budget: 'reported',
      ok: null,
      note: `opening: ${breakdown(opened)} | one query: ${breakdown(query)}`,
    });
    if (typeId === starlight.pageTypeId) {
      const withSearch = firstPaint(weight) + total(opened);
      searchRows.push({
        item: `${label} ${path} page + search opened`,
        figure: kb(withSearch),
        budget: `< ${kb(starlight.withSearchUi)} Starlight`,
        ok: withSearch < starlight.withSearchUi,
      });
    }
  }
  floorPages = await weighFloorPages(browser, floorBuild.outDir, floorServer.origin);
  progress('hydration and typing at 4× CPU throttling, beside the floor pages');
  mainThread = await mainThreadRows(browser, { site: server.origin, floor: floorServer.origin });
} finally {
  await browser.close();
  await floorServer.close();
  floorBuild.remove();
}

const floorRows = floorPages.map(({ path, label, js, html, inlineJs, hydrated }) => ({
  item: `${label} ${path} JS`,
  figure: kb(js),
  budget: 'floor',
  // A floor page that does not hydrate measures nothing worth comparing.
  ok: hydrated ? null : false,
  note: hydrated
    ? `its whole HTML ${kb(html)}, of which Astro's inline island scripts ${kb(inlineJs)}`
    : 'did not hydrate: typing into its field changed nothing',
}));

const starlightRows = built
  .filter((p) => p.typeId === starlight.pageTypeId)
  .map(({ label, path, weight }) => ({
    item: `${label} ${path} total before search`,
    figure: kb(firstPaint(weight)),
    budget: `< ${kb(starlight.beforeSearch)} Starlight`,
    ok: firstPaint(weight) < starlight.beforeSearch,
  }));
const loadedRow = {
  item: 'scripts the browser loaded, all counted above',
  figure: unexpectedScripts.length ? `${unexpectedScripts.length} missed` : 'yes',
  budget: 'all counted',
  ok: unexpectedScripts.length === 0,
  note: unexpectedScripts.length ? unexpectedScripts.join(', ') : undefined,
};

progress('Lighthouse');
const lighthouse = await lighthouseScores(built.map((p) => server.origin + p.path));
await server.close();
const lighthouseRows = built.map(({ label, path }) => {
  const item = `${label} ${path} Lighthouse`;
  const budget = `${lighthouseBudget} each`;
  const result = lighthouse.get(server.origin + path);
  if (!result || 'error' in result) return { item, figure: 'not measured', budget, ok: false, note: result?.error };
  const missed = lighthouseCategories.filter((c) => (result.categories[c].score ?? 0) < lighthouseBudget);
  const blocking = result.totalBlockingMs === null ? '' : `, TBT ${Math.round(result.totalBlockingMs)} ms`;
  return {
    item,
    figure: `${lighthouseCategories.map((c) => result.categories[c].score ?? '–').join('/')}${blocking}`,
    budget,
    ok: missed.length === 0,
    note: missed.length
      ? missed.map((c) => `${c}: ${result.categories[c].failing.join('; ') || 'no single audit failed'}`).join(' | ')
      : undefined,
  };
});

const benchmarkIndex = [...lighthouse.values()].flatMap((r) => ('benchmarkIndex' in r ? r.benchmarkIndex : []));
if (benchmarkIndex.length) {
  lighthouseRows.push({
    item: 'host CPU benchmark index (Lighthouse)',
    figure: `${Math.round(Math.min(...benchmarkIndex))}–${Math.round(Math.max(...benchmarkIndex))}`,
    budget: 'reported',
    ok: null,
    note: 'a busy machine scores low here, and its simulated phone is slower too: compare performance on a quiet one',
  });
}

progress('engine');
const engineRows = await engineFigureRows();

const buildRows = [
  { item: 'cold build (npm run build)', figure: `${build.seconds.toFixed(1)} s`, budget: 'reported', ok: null },
  { item: 'pages built', figure: String(builtHtmlOf(dist).length), budget: 'reported', ok: null },
];

const missed = printTable([
  {
    title: 'First paint, gzipped (HTML; CSS linked or inline; JS: inline + module scripts + islands + static imports)',
    rows: [...weightRows, loadedRow],
  },
  {
    title: 'Every built page under /ja/ and /en/: its HTML, CSS and JS against the budgets of its kind',
    rows: everyPageRows,
  },
  {
    title:
      'Floor: the smallest island pages the stack builds (tests/bench/floor/), weighed the same way; island budgets are set over the engine page',
    rows: floorRows,
  },
  { title: 'Against Starlight', rows: starlightRows },
  { title: 'Search: bytes opening it adds, then one typed query (gzipped, recorded in Chromium)', rows: searchRows },
  { title: hydrationTitle, rows: mainThread.hydration },
  { title: typingTitle, rows: mainThread.typing },
  {
    title:
      'Lighthouse, mobile: performance/accessibility/best practices/SEO, total blocking time (median of 3 where performance misses)',
    rows: lighthouseRows,
  },
  { title: 'Rules engine', rows: engineRows },
  { title: 'Build', rows: buildRows },
]);
process.exit(missed ? 1 : 0);
