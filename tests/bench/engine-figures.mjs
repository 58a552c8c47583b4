// The rules engine's figures for `npm run bench` (budgets in budgets.mjs: assessments per second, gzipped bytes).
// Runnable alone: `node tests/bench/engine-figures.mjs` prints them.
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { assessPerSecondBudget, engineBrowserBudget } from './budgets.mjs';
import { bundle, importBundled } from './node-bundle.mjs';

const gzBytes = (code) => gzipSync(code, { level: 9 }).length;
const forBrowser = { platform: 'browser', minify: true, target: 'es2022' };

/** The pure core (answer validation + decisions) with one edition's rules, as a browser gets it. */
const coreEntry = `
  import { rules } from './content/editions/2021-03.json';
  import { evaluate } from './src/rules/core/evaluate.ts';
  export const assess = (answers) => evaluate(rules, answers);
`;

/** The same plus the ja/en explanations of that edition (labels, reasons, caveats). */
const explainedEntry = `
  import { rules, wording, docs } from './content/editions/2021-03.json';
  import catalogue from './content/editions/requirements.json';
  import texts from './content/editions/texts.json';
  import { evaluate } from './src/rules/core/evaluate.ts';
  import { explain } from './src/rules/core/explain.ts';
  import { resolveEdition } from './src/rules/core/resolve.ts';
  const edition = resolveEdition({ rules, wording, docs }, catalogue);
  export function assess(answers) {
    const r = evaluate(rules, answers);
    return r.ok ? { ok: true, assessment: explain(r.evaluation, edition, texts) } : r;
  }
`;

/** CPU time of this thread in ms (other work on a shared machine does not count), or wall time on older Node. */
const cpuMs = process.threadCpuUsage
  ? () => {
      const { user, system } = process.threadCpuUsage();
      return (user + system) / 1000;
    }
  : () => performance.now();

/** Calls of `assess` per second of one core's time, for the full answer set under the seed edition. */
async function assessPerSecond() {
  const { assess, everyQuestionAnswered: fullAnswers } = await importBundled(
    `export { assess } from './src/rules/index.ts';
     export { everyQuestionAnswered } from './tests/unit/rules/answer-sets.ts';`,
  );
  if (!assess(fullAnswers, '2021-03').ok) throw new Error('the benchmark answers do not validate');
  for (let i = 0; i < 20_000; i++) assess(fullAnswers, '2021-03'); // warm up the JIT
  let calls = 0;
  const start = cpuMs();
  let elapsed = 0;
  while (elapsed < 1000) {
    for (let i = 0; i < 5_000; i++) assess(fullAnswers, '2021-03');
    calls += 5_000;
    elapsed = cpuMs() - start;
  }
  return Math.round((calls / elapsed) * 1000);
}

export async function engineFigures() {
  const browserBytesGz = gzBytes(await bundle(coreEntry, forBrowser));
  const explainedBytesGz = gzBytes(await bundle(explainedEntry, forBrowser));
  const allEditionsBytesGz = gzBytes(await bundle(`export * from './src/rules/index.ts';`, forBrowser));
  return { assessPerSecond: await assessPerSecond(), browserBytesGz, explainedBytesGz, allEditionsBytesGz };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const f = await engineFigures();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `assess, full answer set, one core   ${f.assessPerSecond.toLocaleString('en-US')} /s   (budget ≥ ${assessPerSecondBudget.toLocaleString('en-US')} /s)`,
  );
  console.log(
    `engine + one edition + validation   ${kb(f.browserBytesGz)} gzipped   (budget ≤ ${kb(engineBrowserBudget)})`,
  );
  console.log(`  + ja/en explanations of it        ${kb(f.explainedBytesGz)} gzipped`);
  console.log(`whole rules module, four editions   ${kb(f.allEditionsBytesGz)} gzipped`);
}
