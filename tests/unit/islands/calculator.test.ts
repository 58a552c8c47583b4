// @vitest-environment jsdom
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, fireEvent } from '@testing-library/svelte';
import { tick } from 'svelte';
import { cleanStores } from 'nanostores';
import { Questions, Results } from '../../../src/islands/en/Calculator.ts';
import { calcProps, calcText } from '../../../src/islands/lib/calc-text.ts';
import { answersStore, editionStore } from '../../../src/stores/answers.ts';
import { heldAnswersStore } from '../../../src/stores/recovery.ts';
import { summaryText } from '../../../src/islands/lib/summary.ts';
import {
  assess,
  editions,
  offerTypeNames,
  relevantFields,
  solutionTypeNames,
  storeNames,
} from '../../../src/rules/index.ts';

const t = calcText('en');
const label = (name: string) => t[`calc.field.${name}` as keyof typeof t];

/** The calculator page's two islands, questions and result, as the page holds them. */
function renderCalculator() {
  render(Questions, calcProps('questions', 'en'));
  render(Results, calcProps('results', 'en'));
}

/** A question, once the answers bring it: they come one per task (a loaded machine stretches each task). */
const asked = (name: string) => vi.waitFor(() => screen.getByLabelText(label(name)), { timeout: 5_000 });
/** The whole form once an offer type is chosen: the date is its last question. */
const formShown = () => asked('qualifiesOn');

beforeEach(() => {
  answersStore.set({});
  history.replaceState(null, '', '/en/calculator/');
});
afterEach(cleanup);
// Persistent stores unmounted while the page environment is still there (see lib/calc-text.test.ts).
afterAll(() => cleanStores(answersStore, editionStore, heldAnswersStore));

describe("The calculator's islands", () => {
  it('asks the Gold competency question for a consulting service but not for SaaS', async () => {
    renderCalculator();
    await tick();
    // Nothing but the offer type is asked before it is answered: it decides which questions follow.
    expect(screen.queryByLabelText(label('partnerIdAndAccount'))).toBeNull();
    await fireEvent.change(screen.getByLabelText(label('offerType')), { target: { value: 'saas' } });
    await formShown();
    expect(screen.getByLabelText(label('partnerIdAndAccount'))).toBeTruthy();
    expect(screen.queryByLabelText(label('servicesCredential'))).toBeNull();
    await fireEvent.change(screen.getByLabelText(label('offerType')), { target: { value: 'consulting-service' } });
    await asked('servicesCredential');
  });

  it('reads a full-width amount and keeps a negative one out of the answers', async () => {
    renderCalculator();
    await tick();
    await fireEvent.change(screen.getByLabelText(label('offerType')), { target: { value: 'saas' } });
    await formShown();
    await fireEvent.change(screen.getByLabelText(label('transactable')), { target: { value: 'yes' } });
    const sales = await asked('monthlySalesUsd');
    await fireEvent.input(sales, { target: { value: '１００，０００' } });
    expect(answersStore.get().monthlySalesUsd).toBe(100000);
    expect(screen.getByText('Read as USD 100,000')).toBeTruthy();
    // The share-link module arrives just after the island, then writes the answers into the address.
    await vi.waitFor(() => expect(location.hash).toMatch(/^#v\d+\./));

    await fireEvent.input(sales, { target: { value: '-100' } });
    expect(answersStore.get().monthlySalesUsd).toBeUndefined();
    expect(sales.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(sales.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(message?.textContent).toBe(t['calc.amount.negative']);
  });

  it('shows an answer typed elsewhere (another island, a share link)', async () => {
    renderCalculator();
    await tick();
    answersStore.set({ offerType: 'saas', transactable: true, monthlySalesUsd: 2500 });
    const sales = await asked('monthlySalesUsd');
    expect((sales as HTMLInputElement).value).toBe('2500');
  });
});

describe('summaryText', () => {
  const answers = { offerType: 'saas', transactable: true, monthlySalesUsd: 100 } as const;
  const input = (locale: 'ja' | 'en') => {
    const result = assess(answers, '2021-03');
    if (!result.ok) throw new Error('the engine rejected valid answers');
    return {
      assessment: result.assessment,
      answers,
      fields: relevantFields(answers, '2021-03'),
      editionTitle: editions['2021-03'].title[locale],
      link: `https://example.org/${locale}/calculator/#v1.x`,
      today: '2026-12-07',
      names: { offerTypes: offerTypeNames, solutionTypes: solutionTypeNames, stores: storeNames } as never,
      locale,
      t: calcText(locale),
    };
  };

  it('carries the status, the fee, each verdict with its reason and caveats, the answers, the date and the link', () => {
    const ja = calcText('ja');
    const { assessment } = input('ja');
    const text = summaryText(input('ja'), 'markdown');
    expect(text).toContain(`## ${ja['calc.summary.title']}`);
    expect(text).toContain(assessment.statusName.ja);
    expect(text).toContain('20%');
    for (const benefit of ['badge', 'macc', 'cspIncentive'] as const) {
      expect(text).toContain(assessment[benefit].reason.ja);
      for (const caveat of assessment[benefit].caveats) expect(text).toContain(caveat.ja);
    }
    // The engine's reason opens with the verdict: said once (was "対象外. 対象外です。").
    expect(text).not.toContain(`${ja['calc.verdict.notEligible']}. `);
    expect(text).toContain(`${ja['calc.field.offerType']}: ${offerTypeNames.saas.ja}`);
    expect(text).toContain('2026 年 12 月 7 日');
    expect(text).toContain('(https://example.org/ja/calculator/#v1.x)');
    for (const id of assessment.missing)
      expect(text).toContain(assessment.requirements.find((r) => r.id === id)!.label.ja);
  });

  it('as plain text it has no Markdown marks, and the link is written out', () => {
    const text = summaryText(input('en'), 'text');
    expect(text).not.toMatch(/^#/m);
    expect(text).not.toContain('](');
    expect(text).toContain(`${calcText('en')['calc.summary.link']}: https://example.org/en/calculator/#v1.x`);
  });
});
