// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, fireEvent } from '@testing-library/svelte';
import { tick } from 'svelte';
import Calculator from '../../../src/islands/en/Calculator.svelte';
import { calcProps, calcText } from '../../../src/islands/lib/calc-text.ts';
import { answersStore } from '../../../src/stores/answers.ts';
import { summaryMarkdown } from '../../../src/islands/lib/summary.ts';
import { assess } from '../../../src/rules/index.ts';

const t = calcText('en');
const label = (name: string) => t[`calc.field.${name}` as keyof typeof t];

beforeEach(() => {
  answersStore.set({});
  history.replaceState(null, '', '/en/calculator/');
});
afterEach(cleanup);

describe('Calculator island', () => {
  it('asks the Gold competency question for a consulting service but not for SaaS', async () => {
    render(Calculator, calcProps('calculator', 'en'));
    await tick();
    await fireEvent.change(screen.getByLabelText(label('offerType')), { target: { value: 'saas' } });
    expect(screen.queryByLabelText(label('servicesCredential'))).toBeNull();
    await fireEvent.change(screen.getByLabelText(label('offerType')), { target: { value: 'consulting-service' } });
    expect(screen.getByLabelText(label('servicesCredential'))).toBeTruthy();
  });

  it('reads a full-width amount and keeps a negative one out of the answers', async () => {
    render(Calculator, calcProps('calculator', 'en'));
    await tick();
    await fireEvent.change(screen.getByLabelText(label('offerType')), { target: { value: 'saas' } });
    await fireEvent.change(screen.getByLabelText(label('transactable')), { target: { value: 'yes' } });
    const sales = screen.getByLabelText(label('monthlySalesUsd'));
    await fireEvent.input(sales, { target: { value: '１００，０００' } });
    expect(answersStore.get().monthlySalesUsd).toBe(100000);
    expect(screen.getByText('Read as USD 100,000')).toBeTruthy();
    expect(location.hash).toMatch(/^#v\d+\./);

    await fireEvent.input(sales, { target: { value: '-100' } });
    expect(answersStore.get().monthlySalesUsd).toBeUndefined();
    expect(sales.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(sales.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(message?.textContent).toBe(t['calc.amount.negative']);
  });

  it('shows an answer typed elsewhere (another island, a share link)', async () => {
    render(Calculator, calcProps('calculator', 'en'));
    await tick();
    answersStore.set({ offerType: 'saas', transactable: true, monthlySalesUsd: 2500 });
    await tick();
    expect((screen.getByLabelText(label('monthlySalesUsd')) as HTMLInputElement).value).toBe('2500');
  });
});

describe('summaryMarkdown', () => {
  it('puts the status, the fee figures, the verdicts and the link in the reader\'s language', () => {
    // Not live: no benefit can be earned, so each verdict is decided ("not eligible"), not left open.
    const result = assess({ offerType: 'saas', transactable: true, listedIn: [], monthlySalesUsd: 100 }, '2021-03');
    if (!result.ok) throw new Error('the engine rejected valid answers');
    const ja = calcText('ja');
    const text = summaryMarkdown({
      assessment: result.assessment,
      editionTitle: '2021-03',
      link: 'https://example.org/ja/calculator/#v1.x',
      locale: 'ja',
      t: ja,
    });
    expect(text).toContain(`## ${ja['calc.summary.title']}`);
    expect(text).toContain(result.assessment.statusName.ja);
    expect(text).toContain('20%');
    // The engine's reason opens with the verdict: said once, in Japanese punctuation (was "対象外. 対象外です。").
    expect(text).toContain(`- **${ja['calc.verdict.badge']}**: ${result.assessment.badge.reason.ja}\n`);
    expect(result.assessment.badge.reason.ja.startsWith(ja['calc.verdict.notEligible'])).toBe(true);
    expect(text).not.toContain(`${ja['calc.verdict.notEligible']}. `);
    expect(text).toContain('(https://example.org/ja/calculator/#v1.x)');
    for (const id of result.assessment.missing) {
      const req = result.assessment.requirements.find((r) => r.id === id)!;
      expect(text).toContain(req.label.ja);
    }
  });
});
