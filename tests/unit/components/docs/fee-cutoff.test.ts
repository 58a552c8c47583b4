import { beforeAll, describe, expect, it } from 'vitest';
import FeeCutoff from '../../../../src/components/docs/FeeCutoff.astro';
import { assess } from '../../../../src/rules/index.ts';
import { formatDate } from '../../../../src/lib/format.ts';
import { qualifyingSaas } from '../../rules/answer-sets.ts';
import { readPage } from '../../content/doc-pairs.ts';
import { docsContainer } from '../render.ts';

let render: Awaited<ReturnType<typeof docsContainer>>;
beforeAll(async () => {
  render = await docsContainer();
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The first day the calculator applies the reduced fee for an offer that qualifies on `date` (March 2021 rules). */
function calculatorStart(date: string): string {
  const result = assess({ ...qualifyingSaas, qualifiesOn: date }, '2021-03');
  if (!result.ok) throw new Error('the answers should be valid');
  return result.assessment.fee.reducedFrom!;
}

describe('the reduced-fee cut-off, as the guide words it', () => {
  it('gives for March 2021 the same start dates as the calculator, on both sides of the cut-off, in both languages', async () => {
    // Counting the qualifying day and the month's last day: 25 March 2021 (Thursday) leaves 25, 26, 29, 30, 31.
    expect(calculatorStart('2021-03-25')).toBe('2021-04-01');
    expect(calculatorStart('2021-03-26')).toBe('2021-05-01');
    for (const lang of ['ja', 'en'] as const) {
      const shown = text(await render(FeeCutoff, lang, { edition: '2021-03', month: '2021-03' }));
      for (const day of ['2021-03-25', '2021-03-26']) {
        expect(shown).toContain(`${formatDate(day, lang)}`);
        expect(shown).toContain(formatDate(calculatorStart(day), lang));
      }
      expect(shown).toContain(lang === 'ja' ? '平日が 5 日' : '5 weekdays');
      expect(shown).toContain(lang === 'ja' ? '平日が 4 日' : '4 weekdays');
    }
  });

  it('says on the benefits page that both the qualifying day and the last day count, not "days before the end"', () => {
    const ja = readPage('content/docs', 'ja', 'benefits.mdx');
    const en = readPage('content/docs', 'en', 'benefits.mdx');
    expect(ja).toContain('満たした日と最終日も 1 日として数えます');
    expect(en).toContain('counting both of those days');
    // The old wording counted back from the month's last day, which ends a day earlier than the calculator.
    expect(ja).not.toMatch(/最終日から数えて/);
    expect(en).not.toMatch(/business days before the end of a calendar month/);
  });
});
