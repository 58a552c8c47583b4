// The rules engine's rows of the bench table, from the engine's own tests/bench/engine-figures.mjs.
import { existsSync } from 'node:fs';
import { assessPerSecondBudget, engineBrowserBudget } from './budgets.mjs';
import { kb } from './table.mjs';

/** Further figures the engine may report, shown without a budget. */
const reportedFigures = {
  explainedBytesGz: 'engine + edition + ja/en explanations, browser',
  allEditionsBytesGz: 'whole rules module, every edition, browser',
};

/** @returns {Promise<import('./table.mjs').Row[]>} */
export async function engineFigureRows() {
  const module = new URL('./engine-figures.mjs', import.meta.url);
  const rows = (figures, error) => [
    {
      item: 'engine assess() throughput',
      figure: figures ? `${Math.round(figures.assessPerSecond).toLocaleString('en')} /s` : 'not measured',
      budget: `≥ ${assessPerSecondBudget.toLocaleString('en')} /s`,
      ok: !!figures && figures.assessPerSecond >= assessPerSecondBudget,
      note: error,
    },
    {
      item: 'engine + one edition + validation, browser',
      figure: figures ? kb(figures.browserBytesGz) : 'not measured',
      budget: `≤ ${kb(engineBrowserBudget)}`,
      ok: !!figures && figures.browserBytesGz <= engineBrowserBudget,
    },
    ...Object.entries(reportedFigures)
      .filter(([key]) => typeof figures?.[key] === 'number')
      .map(([key, item]) => ({ item, figure: kb(figures[key]), budget: 'reported', ok: null })),
  ];
  if (!existsSync(module)) return rows(null, 'tests/bench/engine-figures.mjs does not exist yet');
  try {
    const { engineFigures } = await import(module.href);
    return rows(await engineFigures());
  } catch (error) {
    return rows(null, `engineFigures() failed: ${error instanceof Error ? error.message : error}`);
  }
}
