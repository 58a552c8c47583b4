import { beforeAll, describe, expect, it, vi } from 'vitest';
import FeeExample from '../../../../src/components/docs/FeeExample.astro';
import { ja } from '../../../../src/i18n/ja.ts';
import { docsContainer } from '../render.ts';

// The rates the example is computed from; a test changes them as an edition file would.
const rates = vi.hoisted(() => ({ standardRate: 0.2, reducedRate: 0.1 as number | null }));
vi.mock('../../../../src/rules/index.ts', async (original) => {
  const actual = await original<typeof import('../../../../src/rules/index.ts')>();
  const seed = actual.editions['2021-03'];
  return {
    ...actual,
    editions: {
      ...actual.editions,
      '2021-03': {
        ...seed,
        get fee() {
          return { ...seed.fee, ...rates };
        },
      },
    },
  };
});

let render: Awaited<ReturnType<typeof docsContainer>>;
beforeAll(async () => {
  render = await docsContainer();
});

/** Text of the example's rows and of the saving sentence under it. */
async function example(lang: 'ja' | 'en'): Promise<string> {
  const html = await render(FeeExample, lang, { edition: '2021-03' });
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('fee worked example', () => {
  it("is the fee documentation's USD 100 example, computed from the edition's rates", async () => {
    Object.assign(rates, { standardRate: 0.2, reducedRate: 0.1 });
    const en = await example('en');
    expect(en).toContain('Standard fee 20% USD 20 USD 80');
    expect(en).toContain('Reduced fee 10% USD 10 USD 90');
    expect(en).toContain('USD 10 more a month, USD 120 more a year');
  });

  it('follows a change of rate in the data, and says so when there is no reduced rate', async () => {
    Object.assign(rates, { standardRate: 0.25, reducedRate: 0.15 });
    const en = await example('en');
    expect(en).toContain('Standard fee 25% USD 25 USD 75');
    expect(en).toContain('Reduced fee 15% USD 15 USD 85');
    Object.assign(rates, { standardRate: 0.03, reducedRate: null });
    const jaText = await example('ja');
    expect(jaText).toContain('3% 3 米国ドル 97 米国ドル');
    expect(jaText).not.toContain('10%');
    expect(jaText).toContain(ja['docs.fee.exampleNoReduced']);
  });
});
