// The islands' engine entry: the seed edition at once, the others once loaded, and then the same results as
// the full engine the docs and tests use.
import { describe, expect, it } from 'vitest';
import * as browser from '../../../src/rules/browser.ts';
import * as full from '../../../src/rules/index.ts';
import { everyQuestionAnswered, partnerReady, qualifyingSaas } from '../rules/answer-sets.ts';

const answerSets = [{}, partnerReady, qualifyingSaas, everyQuestionAnswered];

describe('browser engine entry', () => {
  it('assesses under the seed edition without loading anything', () => {
    for (const answers of answerSets) {
      expect(browser.assess(answers, browser.defaultEditionId)).toEqual(full.assess(answers, full.defaultEditionId));
    }
  });

  it('refuses a later edition until it is loaded, then gives the full engine\'s results for it', async () => {
    expect(browser.isEditionLoaded('2023-07')).toBe(false);
    const before = browser.assess(qualifyingSaas, '2023-07');
    expect(before.ok).toBe(false);
    await browser.loadEdition('2023-07');
    expect(browser.isEditionLoaded('2023-07')).toBe(true);
    for (const answers of answerSets) {
      expect(browser.assess(answers, '2023-07')).toEqual(full.assess(answers, '2023-07'));
      expect(browser.relevantFields(answers, '2023-07')).toEqual(full.relevantFields(answers, '2023-07'));
    }
  });

  it('compares every edition like the full engine once all are loaded', async () => {
    await Promise.all(browser.editionIds.map(browser.loadEdition));
    for (const answers of answerSets) expect(browser.compareEditions(answers)).toEqual(full.compareEditions(answers));
  });
});
