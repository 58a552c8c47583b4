// @vitest-environment jsdom
// Each island receives only the strings it shows: no string it reads may be missing from its props.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { cleanStores } from 'nanostores';
import { Questions, Results } from '../../../../src/islands/en/Calculator.ts';
import GuideCheck from '../../../../src/islands/en/GuideCheck.ts';
import { calcProps, calcText, type IslandKind } from '../../../../src/islands/lib/calc-text.ts';
import { answersStore, editionStore } from '../../../../src/stores/answers.ts';
import { heldAnswersStore } from '../../../../src/stores/recovery.ts';
import { everyQuestionAnswered, partnerReady, qualifyingSaas } from '../../rules/answer-sets.ts';

afterEach(cleanup);
// A persistent store stops listening to the window a second after its last reader goes: unmounted now, while the
// page environment is still there, that never lands after the file's environment is gone.
afterAll(() => cleanStores(answersStore, editionStore, heldAnswersStore));

const kinds = ['questions', 'results', 'status', 'fee', 'benefits'] as const;

/** The island's strings, recording every key it asks for that its props lack. */
function watched(kind: IslandKind, missing: Set<string>) {
  const props = calcProps(kind, 'en');
  const t = new Proxy(props.t, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target)) missing.add(key);
      return Reflect.get(target, key);
    },
  });
  return { ...props, t };
}

function renderIsland(kind: IslandKind, missing: Set<string>) {
  const props = watched(kind, missing);
  if (kind === 'questions') render(Questions, props);
  else if (kind === 'results') render(Results, props);
  else render(GuideCheck, { ...props, kind });
}

const islands = resolve(import.meta.dirname, '../../../../src/islands');

/**
 * Every `calc.` key the source of an island's components names, whether shown at once or only after a click:
 * the literal keys, and every key under a prefix the source completes at run time (`calc.field.${field}`).
 */
function keysInSource(entry: string): string[] {
  const files = new Set<string>();
  const todo = [resolve(islands, entry)];
  for (let file = todo.pop(); file; file = todo.pop()) {
    if (files.has(file) || !file.startsWith(islands)) continue;
    files.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(/['"](\.{1,2}\/[^'"\s]+\.(?:svelte|ts))['"]/g))
      todo.push(resolve(dirname(file), path));
  }
  const all = Object.keys(calcText('en'));
  const named = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const [, key] of source.matchAll(/['"`](calc\.[\w.-]+)['"`]/g)) named.add(key);
    // `calc.${string}` is the type of every key, not one the island builds.
    for (const [, prefix] of source.matchAll(/`(calc\.\w[\w.-]*\.)\$\{/g))
      for (const key of all.filter((k) => k.startsWith(prefix))) named.add(key);
  }
  return [...named].filter((key) => all.includes(key));
}

describe('island strings', () => {
  for (const kind of kinds) {
    it(`the ${kind} island has every string it shows, whatever the answers`, async () => {
      const missing = new Set<string>();
      for (const answers of [{}, partnerReady, qualifyingSaas, everyQuestionAnswered, { offerType: 'spaceship' }]) {
        answersStore.set(answers as never);
        renderIsland(kind, missing);
        // The stored answers arrive once mounted, an edition's data a moment later.
        await new Promise((done) => setTimeout(done, 50));
        await tick();
        cleanup();
      }
      expect([...missing]).toEqual([]);
    });
  }

  for (const [kind, entry] of [
    ['questions', 'CalculatorQuestions.svelte'],
    ['results', 'CalculatorResults.svelte'],
  ] as const) {
    it(`the calculator's ${kind} island has every string its components name, shown at once or later`, () => {
      const t = calcProps(kind, 'en').t;
      expect(keysInSource(entry).filter((key) => !(key in t))).toEqual([]);
    });
  }

  it("the calculator's two islands each get only their own part of its strings", () => {
    const questions = Object.keys(calcProps('questions', 'en').t);
    const results = Object.keys(calcProps('results', 'en').t);
    const both = new Set([...questions, ...results]);
    expect(questions.length).toBeLessThan(both.size);
    expect(results.length).toBeLessThan(both.size);
  });

  it('a guide check gets fewer strings than the calculator, and none gets the server-only ones', () => {
    const all = Object.keys(calcText('en')).length;
    const calculator = new Set(
      ['questions', 'results'].flatMap((k) => Object.keys(calcProps(k as IslandKind, 'en').t)),
    );
    const benefits = Object.keys(calcProps('benefits', 'en').t).length;
    expect(calculator.size).toBeLessThan(all);
    expect(benefits).toBeLessThan(calculator.size / 2);
    for (const kind of kinds) {
      expect(calcProps(kind, 'en').t).not.toHaveProperty('calc.noscript');
    }
  });
});
