import { beforeAll, describe, expect, it } from 'vitest';
import StatusLadder from '../../../../src/components/docs/StatusLadder.astro';
import { docsContainer } from '../render.ts';

let render: Awaited<ReturnType<typeof docsContainer>>;
beforeAll(async () => {
  render = await docsContainer();
});

/** Each body row of the ladder as [rung, …names per edition, prerequisite], text only. */
async function rows(lang: 'ja' | 'en'): Promise<string[][]> {
  const html = await render(StatusLadder, lang);
  const body = html.slice(html.indexOf('<tbody'));
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((row) =>
    // The first text of each cell: the rung's name before any caveat note.
    [...row[1]!.matchAll(/<t[hd][^>]*>([^<]*)/g)].map((cell) => cell[1]!.trim()),
  );
}

describe('status ladder', () => {
  it('names, per edition, each rung and the rung it requires; the bottom rung is no prerequisite', async () => {
    const en = await rows('en');
    // Newest edition first: the names that apply today head the rows.
    expect(en.map((r) => [r[0], r.at(-1)])).toEqual([
      ['Azure IP co-sell eligible', 'Co-sell ready'],
      ['Business Applications co-sell eligible', 'Co-sell ready'],
      ['Co-sell ready', '—'],
      ['In market', '—'],
    ]);
    expect(en[0]).toEqual([
      'Azure IP co-sell eligible',
      'Azure IP co-sell incentive',
      'Azure IP co-sell incentive',
      'Azure IP co-sell incentivized',
      'Co-sell ready',
    ]);
    expect(en[3]![3]).toBe('Not co-sell ready');
    const ja = await rows('ja');
    expect(ja[2]).toEqual([
      '共同販売の準備完了',
      '共同販売の準備完了',
      '共同販売の準備完了',
      '共同販売の準備完了',
      '—',
    ]);
  });
});
