// Lighthouse with its default (mobile) settings against pages served on loopback, in headless Chromium.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { lighthouseBudget, lighthouseCategories } from './budgets.mjs';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const chromeFlags = ['--headless=new', ...chromiumFlags];

/** The first thing an audit found, e.g. " (Relative href value)", to say what to fix. */
function firstFinding(audit) {
  const item = audit.details?.items?.[0];
  const text = item?.description ?? item?.subItems?.items?.[0]?.reason ?? item?.url ?? item?.node?.snippet;
  return text ? ` (${String(text).slice(0, 100)})` : '';
}

/**
 * @typedef {{ score: number | null, failing: string[] }} CategoryResult
 * @typedef {{ categories: Record<string, CategoryResult>, totalBlockingMs: number | null, benchmarkIndex: number[] } | { error: string }} PageResult
 *   totalBlockingMs: the time tasks spent over 50 ms between first contentful paint and interactive (simulated phone)
 */

/** One Lighthouse run on one URL. @returns {Promise<PageResult>} */
async function runOnce(url, port) {
  const lhr = (await lighthouse(url, { port, logLevel: 'error', onlyCategories: lighthouseCategories }))?.lhr;
  if (!lhr || lhr.runtimeError) return { error: lhr?.runtimeError?.message ?? 'no result' };
  const categories = {};
  for (const id of lighthouseCategories) {
    const category = lhr.categories[id];
    categories[id] = {
      score: category?.score == null ? null : Math.round(category.score * 100),
      // The audits that cost points, so a missed budget says what to fix.
      failing: (category?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id}${firstFinding(audit)}`),
    };
  }
  // Lighthouse's own measure of the host CPU: low on a busy machine, which slows the simulated phone too.
  return {
    categories,
    totalBlockingMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
    benchmarkIndex: [lhr.environment.benchmarkIndex],
  };
}

/** Performance is the one category timing noise can move; the others give the same score every run. */
const performanceMissed = (result) =>
  'categories' in result && (result.categories.performance?.score ?? 0) < lighthouseBudget;

/** Per category, the median of the runs (each run's own failing audits kept with its score); total blocking time too. */
function medianOf(runs) {
  const measured = runs.filter((r) => 'categories' in r);
  if (!measured.length) return runs[0];
  const middle = (values) => values[Math.floor((values.length - 1) / 2)];
  const categories = {};
  for (const id of lighthouseCategories) {
    categories[id] = middle(measured.map((r) => r.categories[id]).sort((a, b) => (a.score ?? 0) - (b.score ?? 0)));
  }
  const blocking = measured
    .map((r) => r.totalBlockingMs)
    .filter((v) => v !== null)
    .sort((a, b) => a - b);
  return {
    categories,
    totalBlockingMs: blocking.length ? middle(blocking) : null,
    benchmarkIndex: measured.flatMap((r) => r.benchmarkIndex),
  };
}

/**
 * Runs Lighthouse on each URL in turn in one Chromium. A page whose performance misses the budget is run twice
 * more and scored by the median, as Lighthouse advises, so one run slowed by a busy machine does not decide.
 * 404 pages are measured at their own address (/404.html, /ja/404/), which the server answers with 200:
 * Lighthouse refuses to audit a response with status 404, the way a reader meets them.
 * @param {string[]} urls
 * @returns {Promise<Map<string, PageResult>>}
 */
export async function lighthouseScores(urls) {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags, logLevel: 'silent' });
  const results = new Map();
  try {
    for (const url of urls) {
      const first = await runOnce(url, chrome.port);
      if (!performanceMissed(first)) {
        results.set(url, first);
        continue;
      }
      results.set(url, medianOf([first, await runOnce(url, chrome.port), await runOnce(url, chrome.port)]));
    }
  } finally {
    chrome.kill();
  }
  return results;
}
