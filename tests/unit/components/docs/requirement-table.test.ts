import { beforeAll, describe, expect, it, vi } from 'vitest';
import RequirementTable from '../../../../src/components/docs/RequirementTable.astro';
import { editionIds, editions, type Edition } from '../../../../src/rules/index.ts';
import { requirementAnchor, sourceAnchor } from '../../../../src/lib/guide-links.ts';
import { docsContainer } from '../render.ts';

// An edition file as a test edits it: the table reads the edition by id, so the test swaps the data under that id.
const edited = vi.hoisted(() => ({ edition: null as null | { id: string } }));
vi.mock('../../../../src/rules/index.ts', async (original) => {
  const actual = await original<typeof import('../../../../src/rules/index.ts')>();
  return {
    ...actual,
    editions: new Proxy(actual.editions, {
      get: (target, id: string) => (edited.edition?.id === id ? edited.edition : target[id as keyof typeof target]),
    }),
  };
});

let renderOn: Awaited<ReturnType<typeof docsContainer>>;
beforeAll(async () => {
  renderOn = await docsContainer();
});

/** The table of `edition` as the page shows it: the data under its id is `edition` for this render. */
async function render(edition: Edition, lang: 'ja' | 'en'): Promise<string> {
  edited.edition = edition;
  try {
    return await renderOn(RequirementTable, lang, { edition: edition.id });
  } finally {
    edited.edition = null;
  }
}

/** The HTML of one requirement's row. */
function rowOf(html: string, editionId: string, requirementId: string): string {
  const start = html.indexOf(`id="${requirementAnchor(editionId, requirementId)}"`);
  expect(start, `row ${requirementId}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</tr>', start));
}

/** The figures cell of a row: the numbers the table takes from the rule's parameters. */
function figuresOf(row: string): string {
  const cell = row.match(/<p class="docs-figures"[^>]*>(.*?)<\/p>/)?.[1];
  expect(cell, 'figures cell').toBeDefined();
  return cell!;
}

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** A copy of an edition whose revenue requirement has another threshold. */
function withRevenueThreshold(edition: Edition, thresholdUsd: number): Edition {
  const copy = structuredClone(edition);
  const revenue = copy.requirements.find((r) => r.rule.kind === 'revenue');
  if (revenue?.rule.kind !== 'revenue') throw new Error(`edition ${edition.id} has no revenue requirement`);
  revenue.rule.thresholdUsd = thresholdUsd;
  return copy;
}

const revenueId = (edition: Edition) => edition.requirements.find((r) => r.rule.kind === 'revenue')!.id;

describe('requirement table', () => {
  it('shows the threshold the edition data holds, and a changed threshold when the data changes', async () => {
    const edition = editions['2021-03'];
    const id = revenueId(edition);
    expect(figuresOf(rowOf(await render(edition, 'en'), edition.id, id))).toContain('USD 100,000 or more');

    const changed = withRevenueThreshold(edition, 250_000);
    const en = figuresOf(rowOf(await render(changed, 'en'), edition.id, id));
    expect(en).toContain('USD 250,000 or more');
    expect(en).not.toContain('100,000');
    const ja = figuresOf(rowOf(await render(changed, 'ja'), edition.id, id));
    expect(ja).toContain('250,000 米国ドル以上');
    expect(ja).not.toContain('100,000');
  });

  it('states the billed-revenue window the edition gives, or that the sources give none', async () => {
    const march = rowOf(await render(editions['2021-03'], 'en'), '2021-03', revenueId(editions['2021-03']));
    const october = rowOf(await render(editions['2021-10'], 'en'), '2021-10', revenueId(editions['2021-10']));
    expect(figuresOf(march)).toContain('not stated in the sources');
    expect(figuresOf(october)).toContain('trailing 12 months');
  });

  it('links the default-pass reading (A10) only from rows whose edition passes transactable offers by default', () => {
    const rows = editionIds.flatMap((id) =>
      editions[id].requirements.map((r) => ({
        row: `${id} ${r.id}`,
        citesA10: r.ambiguities.includes('A10'),
        passesByDefault: r.rule.kind === 'yes' && (r.rule.passWhenTransactable?.length ?? 0) > 0,
      })),
    );
    expect(rows.filter((r) => r.citesA10 !== r.passesByDefault).map((r) => r.row)).toEqual([]);
  });

  it.each([
    ['2021-03', 'Dynamics 365 for Customer Engagement &amp; Power Apps', 'Dynamics 365 for Operations'],
    ['2021-07', 'Dynamics 365 for Customer Engagement &amp; Power Apps', 'Dynamics 365 for Operations'],
    ['2021-10', 'Dynamics 365 apps on Dataverse and Power Apps', 'Dynamics 365 Operations Apps'],
    ['2023-07', 'Dynamics 365 apps on Dataverse and Power Apps', 'Dynamics 365 Operations Apps'],
  ] as const)(
    '%s: the Business Applications row names the Dynamics 365 offer types as that edition does (audit 1.9)',
    async (editionId, engagement, operations) => {
      const row = rowOf(await render(editions[editionId], 'en'), editionId, 'bizci.offer-type');
      const [older, newer] = [/Customer Engagement|for Operations/, /Dataverse|Operations Apps/];
      // In the condition and in the "applies to" column alike: one name per edition, never both.
      expect(row).toContain(engagement);
      expect(row).toContain(operations);
      expect(row).not.toMatch(engagement.includes('Dataverse') ? older : newer);
    },
  );

  for (const editionId of editionIds) {
    it(`${editionId}: every requirement has its row, linked to its sources`, async () => {
      const edition = editions[editionId];
      const html = await render(edition, 'ja');
      for (const requirement of edition.requirements) {
        const row = rowOf(html, editionId, requirement.id);
        expect(row).toContain(escapeHtml(requirement.label.ja));
        for (const key of requirement.sources) expect(row).toContain(`href="/ja/sources/#${sourceAnchor(key)}"`);
        for (const key of requirement.ambiguities) expect(row).toContain(`href="/ja/sources/#amb-${key}"`);
      }
    });
  }
});
