// The bench's main-thread rows: hydration and typing on a simulated mid-range phone, the site's islands beside
// the floor pages in the same run. Rounds interleave floors and site pages, so a busy stretch of the machine
// slows both; each budget is judged on the median round.
import { spawnSync } from 'node:child_process';
import { cpuThrottlingRate, hydrationRounds, longestTaskOverFloor, longTaskMs, typingRounds } from './budgets.mjs';
import { floorPages } from './floor.mjs';
import { hydrationFigures, typingFigures } from './main-thread.mjs';
import { answersChanged, calculatorTyping, floorTyping, typedAmount } from './typing.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const msText = (value) => `${Math.round(value)} ms`;
const ratioText = (value) => `${value.toFixed(2)}×`;
const errorText = (error) => (error instanceof Error ? error.message : String(error));

/** The pages whose hydration is timed; `floor` ones are served from the floor build. */
const hydrated = [
  { id: 'minimal', label: 'floor: minimal Svelte island', path: floorPages.minimal.path, floor: true },
  { id: 'engine', label: 'floor: engine, no UI', path: floorPages.engine.path, floor: true },
  { id: 'calculator', label: 'calculator', path: '/ja/calculator/' },
  { id: 'guideCheck', label: 'guide page with a check', path: '/ja/statuses/' },
];

/** Runs `measure` on each item once a round, the order rotated every round, after one round not counted. */
async function rounds(count, items, measure) {
  const results = new Map(items.map((item) => [item.id, []]));
  for (let round = -1; round < count; round++) {
    const order = items.map((_, i) => items[(i + Math.max(round, 0)) % items.length]);
    for (const item of order) {
      const figures = await measure(item);
      if (round >= 0) results.get(item.id).push(figures);
    }
  }
  return results;
}

/** @returns {Promise<import('./table.mjs').Row[]>} */
async function hydrationRows(browser, origins) {
  const byPage = await rounds(hydrationRounds, hydrated, (page) =>
    hydrationFigures(browser, (page.floor ? origins.floor : origins.site) + page.path),
  );
  const floorRuns = byPage.get('engine');
  const rowOf = (page) => {
    const runs = byPage.get(page.id);
    const item = `hydration: ${page.label} ${page.path}`;
    const longest = median(runs.map((r) => r.longestMs));
    const note =
      `main thread ${msText(median(runs.map((r) => r.mainThreadMs)))}, tasks over ${longTaskMs} ms: ` +
      `${median(runs.map((r) => r.longTasksMs.length))} | wall clock: main thread ${msText(median(runs.map((r) => r.wallMs)))}, ` +
      `longest task ${msText(median(runs.map((r) => r.longestWallMs)))}`;
    if (page.floor)
      return [{ item: `${item}, longest task`, figure: msText(longest), budget: 'floor', ok: null, note }];
    // Each round's own ratio: the site page and the floor were measured moments apart.
    const ratio = median(runs.map((r, i) => r.longestMs / floorRuns[i].longestMs));
    const extra = median(runs.map((r, i) => Math.max(0, r.longTasksMs.length - floorRuns[i].longTasksMs.length)));
    const budgeted = page.id === 'calculator';
    return [
      {
        item: `${item}, longest task`,
        figure: `${msText(longest)} = ${ratioText(ratio)} floor`,
        budget: budgeted ? `≤ ${ratioText(longestTaskOverFloor)} floor` : 'reported',
        ok: budgeted ? ratio <= longestTaskOverFloor : null,
        note,
      },
      {
        item: `hydration: ${page.label}, tasks over ${longTaskMs} ms the floor has not`,
        figure: String(extra),
        budget: budgeted ? 'none' : 'reported',
        ok: budgeted ? extra === 0 : null,
        note: `longest tasks: ${runs.map((r) => r.longTasksMs.map(Math.round).join('/') || '–').join(', ')} (floor: ${floorRuns.map((r) => r.longTasksMs.map(Math.round).join('/') || '–').join(', ')}) ms CPU, each round`,
      },
    ];
  };
  return hydrated.flatMap(rowOf);
}

/** Per input, the median round. */
function perInput(runs) {
  return runs[0].map((input, i) => {
    const events = runs.map((r) => r[i].eventMs ?? 0);
    return {
      label: input.label,
      longestMs: median(runs.map((r) => r[i].longestMs)),
      eventMs: median(events),
      wrong: runs.map((r) => r[i].wrong).find(Boolean) ?? null,
    };
  });
}

/** INP-like figures of a typing run: the median and worst input's Event Timing duration (under 16 ms: not reported). */
const inpText = (inputs) => {
  const shown = (v) => (v < 16 ? '< 16 ms' : msText(v));
  return `INP-like ${shown(median(inputs.map((i) => i.eventMs)))} median, ${shown(Math.max(...inputs.map((i) => i.eventMs)))} worst`;
};

/** @returns {Promise<import('./table.mjs').Row[]>} */
async function typingRows(browser, origins) {
  const typed = [
    { id: 'engine', label: 'floor: engine, no UI', url: origins.floor + floorPages.engine.path, script: floorTyping },
    {
      id: 'calculator',
      label: 'calculator',
      url: `${origins.site}/ja/calculator/`,
      script: () => calculatorTyping('ja'),
    },
  ];
  const byPage = await rounds(typingRounds, typed, async (page) =>
    typingFigures(browser, page.url, await page.script()),
  );
  const inputsOf = (id) => perInput(byPage.get(id));
  const floor = inputsOf('engine');
  const floorWorst = Math.max(...floor.map((i) => i.longestMs));
  return typed.flatMap((page) => {
    const inputs = inputsOf(page.id);
    const worst = inputs.reduce((a, b) => (b.longestMs > a.longestMs ? b : a));
    const item = `typing: ${page.label}`;
    const note = `${inpText(inputs)} | longest task per input: ${inputs.map((i) => Math.round(i.longestMs)).join(', ')} ms CPU`;
    const wrong = inputs.filter((i) => i.wrong);
    const rows = [];
    if (page.id === 'calculator') {
      rows.push({
        item: `${item}, worst input's longest task`,
        figure: `${msText(worst.longestMs)} = ${ratioText(worst.longestMs / floorWorst)} floor`,
        budget: `≤ ${ratioText(longestTaskOverFloor)} floor`,
        ok: worst.longestMs <= longestTaskOverFloor * floorWorst,
        note: `worst: ${worst.label}; median input ${msText(median(inputs.map((i) => i.longestMs)))} | ${note}`,
      });
    } else {
      rows.push({
        item: `${item}, worst input's longest task`,
        figure: msText(worst.longestMs),
        budget: 'floor',
        ok: null,
        note,
      });
    }
    rows.push({
      item: `${item}, result right after each input`,
      figure: wrong.length ? `${wrong.length} wrong` : `${inputs.length} of ${inputs.length}`,
      budget: 'every input',
      ok: wrong.length === 0,
      note: wrong.map((i) => `${i.label}: ${i.wrong}`).join(' | ') || undefined,
    });
    return rows;
  });
}

/**
 * @param {{ site: string, floor: string }} origins where the site and the floor pages are served
 * @returns {Promise<{ hydration: import('./table.mjs').Row[], typing: import('./table.mjs').Row[] }>}
 */
/**
 * Whether the machine has a Japanese font (fontconfig's list). Without one, Chromium searches its fallback fonts
 * for every Japanese line it lays out, which no reader's phone does: the figures of these Japanese pages are then
 * far higher (the first offer-type choice and the first digit typed took about twice as long, and more).
 */
function japaneseFontRow() {
  const listed = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  const family = listed.status === 0 ? listed.stdout.split('\n').find(Boolean) : undefined;
  return {
    item: 'a Japanese font on this machine (fc-list :lang=ja)',
    figure: listed.status !== 0 ? 'unknown' : family ? 'yes' : 'none',
    budget: 'reported',
    ok: null,
    note: family
      ? family.split(',')[0]
      : 'install one (Debian: fonts-noto-cjk) before comparing these figures: without it they measure font fallback',
  };
}

export async function mainThreadRows(browser, origins) {
  const failed = (what, error) => [
    { item: what, figure: 'not measured', budget: '', ok: false, note: errorText(error) },
  ];
  const hydration = await hydrationRows(browser, origins).catch((error) => failed('hydration', error));
  const typing = await typingRows(browser, origins).catch((error) => failed('typing', error));
  return { hydration, typing: [...typing, japaneseFontRow()] };
}

export const hydrationTitle = `Hydration at ${cpuThrottlingRate}× CPU throttling (Japanese pages; CPU time of the main thread from the island's script request to its last change; median of ${hydrationRounds} rounds)`;
export const typingTitle = `Typing at ${cpuThrottlingRate}× CPU throttling: ${answersChanged} answers changed, then a ${typedAmount.length}-digit amount typed (the engine floor: the amount); each input's median of ${typingRounds} rounds`;
