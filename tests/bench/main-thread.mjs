// Main-thread time a phone spends on an island, read from Chromium traces with the CPU slowed down
// (Emulation.setCPUThrottlingRate): hydration, and each input while typing. Every figure is a list of the
// renderer's top-level tasks, so the bench can compare the longest one with a floor page's.
import { cpuThrottlingRate, longTaskMs } from './budgets.mjs';

const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'];

/** A mid-range phone's screen; deviceScaleFactor 1 keeps raster work, which the GPU would do, out of the figures. */
const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/**
 * Runs in every page before its own scripts: marks each island's hydration (Astro drops `ssr` once the
 * component has run) and every later change to its content, and keeps Event Timing entries of interactions
 * (the basis of INP).
 */
function instrument() {
  const events = [];
  let resolveHydrated;
  const bench = { events, hydrated: new Promise((resolve) => (resolveHydrated = resolve)) };
  Object.defineProperty(window, '__bench', { value: bench });
  new MutationObserver((records) => {
    const changed = new Set();
    for (const { target, type, oldValue } of records) {
      if (
        type === 'attributes' &&
        target.localName === 'astro-island' &&
        oldValue !== null &&
        !target.hasAttribute('ssr')
      ) {
        performance.mark(`bench-hydrated:${target.getAttribute('uid')}`);
        if (!document.querySelector('astro-island[ssr]')) resolveHydrated();
      }
      const island = (target.nodeType === Node.ELEMENT_NODE ? target : target.parentElement)?.closest(
        'astro-island:not([ssr])',
      );
      if (island) changed.add(island.getAttribute('uid'));
    }
    for (const uid of changed) performance.mark(`bench-changed:${uid}`);
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeOldValue: true,
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) events.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** A fresh browser context (cold cache, no stored answers) with one page whose CPU runs `cpuThrottlingRate` times slower. */
async function throttledPage(browser) {
  const context = await browser.newContext(phone);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottlingRate });
  return { page, close: () => context.close() };
}

/** Trace events of whatever `action` makes the page do. */
async function traced(browser, page, action) {
  await browser.startTracing(page, { categories: traceCategories });
  let buffer;
  try {
    await action();
  } finally {
    buffer = await browser.stopTracing();
  }
  return JSON.parse(buffer.toString('utf8')).traceEvents;
}

/**
 * The top-level tasks of the thread the mark `markName` was set on (the page's main thread), in order, in µs:
 * start, wall time and the thread's own CPU time. On a shared machine the thread waits for a core, which
 * stretches wall time but not CPU time; the throttled CPU spends the time a slower phone would.
 * @returns {{ ts: number, dur: number, cpu: number }[]}
 */
function mainThreadTasks(events, markName) {
  const mark = events.find((e) => e.name === markName);
  if (!mark) throw new Error(`the trace has no mark ${markName}`);
  const tasks = events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.name === 'RunTask' && e.ph === 'X' && e.dur > 0)
    .sort((a, b) => a.ts - b.ts);
  const topLevel = [];
  for (const task of tasks) {
    const last = topLevel.at(-1);
    if (!last || task.ts >= last.ts + last.dur)
      topLevel.push({ ts: task.ts, dur: task.dur, cpu: task.tdur ?? task.dur });
  }
  return topLevel;
}

const markTs = (events, name) => events.find((e) => e.name === name)?.ts;
const taskAt = (tasks, ts) => tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur);
const ms = (us) => us / 1000;

/**
 * @typedef {{ mainThreadMs: number, longestMs: number, longTasksMs: number[], wallMs: number, longestWallMs: number }} TaskFigures
 *   main-thread time (the tasks' CPU time), the longest task and every task over longTaskMs, in ms of the
 *   throttled thread's CPU; wall-clock figures beside them (a busy machine stretches those)
 */

/** Figures of the tasks that start in [from, to). @returns {TaskFigures} */
function figuresOf(tasks, from, to) {
  const inWindow = tasks.filter((t) => t.ts >= from && t.ts < to);
  const cpu = inWindow.map((t) => ms(t.cpu));
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  return {
    mainThreadMs: sum(cpu),
    longestMs: Math.max(0, ...cpu),
    longTasksMs: cpu.filter((d) => d > longTaskMs).sort((a, b) => b - a),
    wallMs: sum(inWindow.map((t) => ms(t.dur))),
    longestWallMs: Math.max(0, ...inWindow.map((t) => ms(t.dur))),
  };
}

/**
 * Hydrating the page's islands, the first scrolled into view as a reader would: from the task that requests the
 * first island's scripts (the island's script start) to the end of the last task that changed any island's
 * content (hydrated and showing what it shows before any input; work put off to later tasks, or to an island
 * hydrated later, counts too).
 * @returns {Promise<TaskFigures>}
 */
export async function hydrationFigures(browser, url) {
  const { page, close } = await throttledPage(browser);
  try {
    let island;
    const events = await traced(browser, page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      island = await page.evaluate(() => {
        const first = document.querySelector('astro-island');
        (first?.firstElementChild ?? first)?.scrollIntoView();
        return first && ['uid', 'component-url', 'renderer-url'].map((name) => first.getAttribute(name));
      });
      if (!island) throw new Error(`${url} has no island`);
      await page.evaluate(() => window.__bench.hydrated);
      await page.waitForTimeout(500);
    });
    const [uid, ...scripts] = island;
    const tasks = mainThreadTasks(events, `bench-hydrated:${uid}`);
    const requested = events
      .filter((e) => e.name === 'ResourceSendRequest' && scripts.some((path) => e.args?.data?.url?.endsWith(path)))
      .map((e) => e.ts);
    if (!requested.length) throw new Error(`the trace of ${url} shows no request for ${scripts.join(', ')}`);
    const from = taskAt(tasks, Math.min(...requested))?.ts ?? Math.min(...requested);
    const lastChange = Math.max(...events.filter((e) => /^bench-(hydrated|changed):/.test(e.name)).map((e) => e.ts));
    const last = taskAt(tasks, lastChange);
    return figuresOf(tasks, from, last ? last.ts + last.dur : lastChange);
  } finally {
    await close();
  }
}

/**
 * @typedef {{ label: string, target: (page: import('@playwright/test').Page) => import('@playwright/test').Locator, key: string }} Input
 *   one input: focus `target`, press `key`
 * @typedef {(page: import('@playwright/test').Page, input: Input) => Promise<string | null>} ResultCheck
 *   after an input: null when the page holds what was typed and shows the right result for it, else what is wrong
 * @typedef {{ label: string, longestMs: number, longestWallMs: number, eventMs: number | null, wrong: string | null }} InputFigures
 *   the input's longest task in CPU and wall time; `eventMs`: its longest Event Timing duration (input to next
 *   paint, wall time), null under 16 ms
 */

/**
 * Types into a hydrated page: each input focuses its field, then presses one key, then the result is checked.
 * An input's tasks are those from the key press until the result is checked and two frames have been drawn.
 * @param {{ prepare?: (page: import('@playwright/test').Page) => Promise<void>, inputs: (page: import('@playwright/test').Page) => AsyncIterable<Input>, check: ResultCheck }} script
 * @returns {Promise<InputFigures[]>}
 */
export async function typingFigures(browser, url, script) {
  const { page, close } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench.hydrated);
    await script.prepare?.(page);
    const done = [];
    const events = await traced(browser, page, async () => {
      for await (const input of script.inputs(page)) {
        const i = done.length;
        await input.target(page).focus();
        await page.evaluate((n) => performance.mark(`bench-input:${n}`), i);
        await page.keyboard.press(input.key);
        const wrong = await script.check(page, input);
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const settled = await page.evaluate((n) => performance.mark(`bench-settled:${n}`).startTime, i);
        done.push({ label: input.label, wrong, settled });
      }
    });
    const timing = await page.evaluate(() => ({
      events: window.__bench.events,
      inputs: performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('bench-input:'))
        .map((m) => m.startTime),
    }));
    const tasks = mainThreadTasks(events, 'bench-input:0');
    return done.map(({ label, wrong, settled }, i) => {
      const from = markTs(events, `bench-input:${i}`);
      const to = markTs(events, `bench-settled:${i}`);
      const { longestMs, longestWallMs } = figuresOf(tasks, from, to);
      const durations = timing.events
        .filter((e) => e.start >= timing.inputs[i] && e.start < settled)
        .map((e) => e.duration);
      return { label, longestMs, longestWallMs, eventMs: durations.length ? Math.max(...durations) : null, wrong };
    });
  } finally {
    await close();
  }
}
