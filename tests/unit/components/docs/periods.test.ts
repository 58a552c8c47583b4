import { beforeAll, describe, expect, it } from 'vitest';
import ReportedChanges from '../../../../src/components/docs/ReportedChanges.astro';
import EditionPeriods from '../../../../src/components/docs/EditionPeriods.astro';
import RequirementTable from '../../../../src/components/docs/RequirementTable.astro';
import FeeRates from '../../../../src/components/docs/FeeRates.astro';
import { editionIds, editions, offerTypes } from '../../../../src/rules/index.ts';
import { formatPeriod } from '../../../../src/components/docs/format.ts';
import { offerTypeName } from '../../../../src/components/docs/rule-figures.ts';
import { formatDate } from '../../../../src/lib/format.ts';
import { ja } from '../../../../src/i18n/ja.ts';
import { en } from '../../../../src/i18n/en.ts';
import { docsContainer } from '../render.ts';

let render: Awaited<ReturnType<typeof docsContainer>>;
beforeAll(async () => {
  render = await docsContainer();
});

const dictionaries = { ja, en };
const newest = editions[editionIds[editionIds.length - 1]!];
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
const rows = (html: string) => [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) => m[1]!).slice(1);

describe('periods and reported changes come from the edition data', () => {
  it('formats a closed and an open period in both languages', () => {
    expect(formatPeriod({ from: '2021-02-24', until: '2021-07-11' }, 'en')).toBe('February 24, 2021 to July 11, 2021');
    expect(formatPeriod({ from: '2021-02-24', until: '2021-07-11' }, 'ja')).toBe(
      '2021 年 2 月 24 日から 2021 年 7 月 11 日まで',
    );
    expect(formatPeriod({ from: '2023-07-01', until: null }, 'en')).toBe('From July 1, 2023, open-ended');
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`${lang}: every reported change shows with its page, its address or that none is established, and no invented date`, async () => {
      const html = await render(ReportedChanges, lang);
      const shown = rows(html);
      expect(newest.reported?.length).toBeGreaterThan(0);
      expect(shown).toHaveLength(newest.reported!.length);
      newest.reported!.forEach((item, i) => {
        const row = shown[i]!;
        expect(row).toContain(escapeHtml(item.text[lang]));
        if (item.address) expect(row).toContain(`href="${item.address}"`);
        else expect(row).toContain(dictionaries[lang]['docs.reported.noAddress']);
        if (item.reportedOn) expect(row).toContain(formatDate(item.reportedOn, lang));
        else expect(row).toContain(dictionaries[lang]['docs.reported.undated']);
      });
      expect(html).toContain(`href="${newest.liveRequirements![lang]}"`);
    });

    it(`${lang}: the periods table gives every edition's days, newest first and open-ended`, async () => {
      const shown = rows(await render(EditionPeriods, lang));
      const newestFirst = [...editionIds].reverse();
      expect(shown).toHaveLength(newestFirst.length);
      newestFirst.forEach((id, i) => {
        expect(shown[i]).toContain(`>${editions[id].title[lang]}`);
        expect(shown[i]).toContain(formatPeriod(editions[id].period, lang));
      });
      expect(shown[0]).toContain(newest.periodText.label[lang]);
    });

    it(`${lang}: every requirement table and fee row says which days its rules hold for`, async () => {
      for (const id of editionIds) {
        expect(await render(RequirementTable, lang, { edition: id })).toContain(
          formatPeriod(editions[id].period, lang),
        );
      }
      const fees = rows(await render(FeeRates, lang));
      for (const id of editionIds)
        expect(fees.some((row) => row.includes(formatPeriod(editions[id].period, lang)))).toBe(true);
    });
  }
});

/** The cell of the "can be transactable" column (the third) in the row of each edition. */
function transactableCells(html: string) {
  const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) => m[1]!).slice(1);
  return rows.map((row) => [...row.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((m) => m[1]!)[1] ?? '');
}

describe('fee table: which offer types can be transactable (audit 1.12)', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`${lang}: each edition's row lists the types of its data, as that edition names them, and no other`, async () => {
      const cells = transactableCells(await render(FeeRates, lang));
      // Newest first, as the table shows them.
      [...editionIds].reverse().forEach((id, i) => {
        const edition = editions[id];
        const can = edition.fee.transactableOfferTypes ?? offerTypes;
        for (const type of offerTypes) {
          const name = escapeHtml(offerTypeName(type, lang, edition));
          if (can.includes(type)) expect(cells[i], `${id} ${type}`).toContain(name);
          else expect(cells[i], `${id} ${type}`).not.toContain(name);
        }
      });
    });
  }

  it('names the facts a partner asks about: Business Central only from the July 2023 edition, containers not in March 2021', async () => {
    const [newest, , , march] = transactableCells(await render(FeeRates, 'en'));
    expect(newest).toContain('Dynamics 365 Business Central');
    expect(march).not.toContain('Azure Container');
    expect(march).toContain('Azure Virtual Machine');
  });
});
