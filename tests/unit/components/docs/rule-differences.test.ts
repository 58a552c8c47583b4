import { beforeAll, describe, expect, it } from 'vitest';
import RuleDifferences from '../../../../src/components/docs/RuleDifferences.astro';
import { ruleDifferences } from '../../../../src/components/docs/rule-diff.ts';
import { editions, type Edition } from '../../../../src/rules/index.ts';
import { formatUsd } from '../../../../src/lib/format.ts';
import { docsContainer } from '../render.ts';

let render: Awaited<ReturnType<typeof docsContainer>>;
beforeAll(async () => {
  render = await docsContainer();
});

const seed = editions['2021-03'];
const revenueOf = (edition: Edition) => {
  const requirement = edition.requirements.find((r) => r.rule.kind === 'revenue');
  if (requirement?.rule.kind !== 'revenue') throw new Error(`edition ${edition.id} has no revenue requirement`);
  return requirement.rule;
};
/** The seed edition with one figure changed: what an edited edition file gives the page. */
function seedWith(change: (copy: Edition) => void): Edition {
  const copy = structuredClone(seed) as Edition;
  change(copy);
  return copy;
}

describe('what changed: the rules data compared edition to edition', () => {
  it('lists nothing for an edition compared with itself, and says so on the page', async () => {
    expect(ruleDifferences(seed, seed, 'en')).toEqual([]);
    const html = await render(RuleDifferences, 'ja', { before: seed, after: seed });
    expect(html).toContain('ルール データの違いはありません');
    expect(html).not.toContain('<table');
  });

  it('shows a changed threshold with the figure before and after, in both languages', async () => {
    const raised = seedWith((copy) => {
      revenueOf(copy).thresholdUsd = 250_000;
    });
    for (const lang of ['en', 'ja'] as const) {
      const differences = ruleDifferences(seed, raised, lang);
      expect(differences).toHaveLength(1);
      expect(differences[0]!.before!.join(' ')).toContain(formatUsd(100_000, lang));
      expect(differences[0]!.after!.join(' ')).toContain(formatUsd(250_000, lang));
      const html = await render(RuleDifferences, lang, { before: seed, after: raised });
      expect(html).toContain(formatUsd(250_000, lang));
    }
  });

  it('shows a renamed status once, not again in every benefit that names it', () => {
    const renamed = seedWith((copy) => {
      copy.statuses.find((s) => s.id === 'azure-ip-cosell')!.name.en = 'Azure IP co-sell renamed';
    });
    const differences = ruleDifferences(seed, renamed, 'en');
    expect(differences).toEqual([
      { item: 'Status name', before: ['Azure IP co-sell incentivized'], after: ['Azure IP co-sell renamed'] },
    ]);
  });

  it('lists an added and a dropped requirement with "None" on the side that lacks it', async () => {
    const dropped = seedWith((copy) => {
      copy.requirements = copy.requirements.filter((r) => r.rule.kind !== 'revenue');
    });
    const label = seed.requirements.find((r) => r.rule.kind === 'revenue')!.label.en;
    expect(ruleDifferences(seed, dropped, 'en')).toEqual([
      expect.objectContaining({ before: expect.arrayContaining([label]), after: null }),
    ]);
    expect(ruleDifferences(dropped, seed, 'en')).toEqual([
      expect.objectContaining({ before: null, after: expect.arrayContaining([label]) }),
    ]);
    const html = await render(RuleDifferences, 'en', { before: seed, after: dropped });
    expect(html).toMatch(/<td>None<\/td>/);
  });

  it("shows the real editions' documented changes: the 2021-07 fee and the 2023-07 transactable requirement", () => {
    const fee = ruleDifferences(seed, editions['2021-07'], 'en').find((d) => d.item === 'Marketplace service fee');
    expect(fee?.before?.join(' ')).toContain('20%');
    expect(fee?.after?.join(' ')).toContain('3%');
    const added = ruleDifferences(editions['2021-10'], editions['2023-07'], 'en').filter((d) => d.before === null);
    expect(added.map((d) => d.after![0])).toContain(
      editions['2023-07'].requirements.find((r) => r.id === 'ipci.r4-transactable')!.label.en,
    );
  });
});
