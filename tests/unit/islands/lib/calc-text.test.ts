// @vitest-environment jsdom
// Each island receives only the strings it shows: no string it reads may be missing from its props.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { Questions, Results } from '../../../../src/islands/en/Calculator.ts';
import GuideCheck from '../../../../src/islands/en/GuideCheck.ts';
import { calcProps, calcText, type IslandKind } from '../../../../src/islands/lib/calc-text.ts';
import { answersStore } from '../../../../src/stores/answers.ts';
import { everyQuestionAnswered, partnerReady, qualifyingSaas } from '../../rules/answer-sets.ts';

afterEach(cleanup);

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
  if (kind === 'calculator') {
    render(Questions, props);
    render(Results, props);
  } else render(GuideCheck, { ...props, kind });
}

describe('island strings', () => {
  for (const kind of ['calculator', 'status', 'fee', 'benefits'] as const) {
    it(`the ${kind} island has every string it shows, whatever the answers`, async () => {
      const missing = new Set<string>();
      for (const answers of [{}, partnerReady, qualifyingSaas, everyQuestionAnswered, { offerType: 'spaceship' }]) {
        answersStore.set(answers as never);
        renderIsland(kind, missing);
        await tick();
        cleanup();
      }
      expect([...missing]).toEqual([]);
    });
  }

  it('a guide check gets fewer strings than the calculator, and none gets the server-only ones', () => {
    const all = Object.keys(calcText('en')).length;
    const calculator = Object.keys(calcProps('calculator', 'en').t).length;
    const benefits = Object.keys(calcProps('benefits', 'en').t).length;
    expect(calculator).toBeLessThan(all);
    expect(benefits).toBeLessThan(calculator / 2);
    for (const kind of ['calculator', 'status', 'fee', 'benefits'] as const) {
      expect(calcProps(kind, 'en').t).not.toHaveProperty('calc.noscript');
    }
  });
});
