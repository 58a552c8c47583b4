import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeAnswers,
  editionForLink,
  encodeAnswers,
  fieldKind,
  type AnswerField,
  type Answers,
} from '../../../../src/rules/index.ts';
import { answerFields } from '../../../../src/rules/core/answers.ts';
import { questions } from '../../../../src/rules/core/questions.ts';
import { answersArb, fullAnswersArb, qualifyingSaas } from '../fixtures.ts';

const fragmentSafe = /^[A-Za-z0-9._-]*$/;

function decodeErrors(text: string) {
  const result = decodeAnswers(text);
  if (result.ok) throw new Error(`expected ${text} to be rejected`);
  return result.errors.map(({ path, code }) => ({ path, code }));
}

/** The fields v1 and v2 links write, in their order. Links are in the wild: this list never changes. */
const sentOrder = [
  'offerType',
  'transactable',
  'listedIn',
  'partnerIdAndAccount',
  'businessProfileComplete',
  'coSellListingComplete',
  'onePager',
  'pitchDeck',
  'salesContactPerGeography',
  'solutionType',
  'servicesCredential',
  'isvConnectEnrolled',
  'azureConsumedRevenueUsd',
  'billedRevenueUsd',
  'technicalValidationPassed',
  'referenceArchitectureDiagram',
  'teamsOrM365Linked',
  'monthlySalesUsd',
  'qualifiesOn',
  'firstPublishedOn',
] as const;
const v1Fields = sentOrder.length - 1;
/** The version a code is written in now: the newest any question names (questions.ts). */
const current = Math.max(...Object.values(questions).map((q) => q.share.since));
/** The pieces of the questions added after v2, unanswered. */
const later = '_'.repeat(answerFields.length - sentOrder.length);

/**
 * What the links below were sent for: a qualified SaaS offer as every edition knew it then. It never changes, so it
 * is written out rather than built from answer-sets.ts's `partnerReady`, which grows with every question added.
 */
const sentSaas: Answers = {
  offerType: 'saas',
  transactable: true,
  listedIn: ['azure-marketplace'],
  partnerIdAndAccount: true,
  businessProfileComplete: true,
  coSellListingComplete: true,
  onePager: true,
  pitchDeck: true,
  salesContactPerGeography: true,
  solutionType: 'ip',
  azureConsumedRevenueUsd: 100_000,
  technicalValidationPassed: true,
  referenceArchitectureDiagram: true,
  monthlySalesUsd: 100,
  qualifiesOn: '2021-03-24',
};

/** A valid piece for a field, by the kind of value it takes. */
const pieceOf = (field: AnswerField) =>
  ({ 'yes-no': 'y', choice: '0', stores: 'm', amount: '5', date: '20210324' })[fieldKind(field).type];

describe('share codec', () => {
  it('reads each field of a v1 or v2 link from the place links already sent put it', () => {
    sentOrder.forEach((field, i) => {
      const pieces = Array.from({ length: sentOrder.length }, (_, j) => (j === i ? pieceOf(field) : ''));
      const v2 = decodeAnswers(`v2.${pieces.join('_')}`);
      expect(v2.ok && Object.keys(v2.answers)).toEqual([field]);
      if (i < v1Fields) {
        const v1 = decodeAnswers(`v1.${pieces.slice(0, i + 1).join('_')}`);
        expect(v1.ok && Object.keys(v1.answers)).toEqual([field]);
      }
    });
  });

  it('writes a versioned, fragment-safe code that reads back to the same answers', () => {
    const code = encodeAnswers({ ...sentSaas, firstPublishedOn: '2023-08-01' });
    expect(code).toBe(`v${current}.0_y_m_y_y_y_y_y_y_0___100000__y_y__100_20210324_20230801${later}`);
    expect(decodeAnswers(code)).toEqual({
      ok: true,
      answers: { ...sentSaas, firstPublishedOn: '2023-08-01' },
      version: current,
    });
  });

  it('writes every field, answered or not, so a link cut short is told from unanswered questions', () => {
    expect(encodeAnswers({})).toBe(`v${current}.${'_'.repeat(answerFields.length - 1)}`);
    expect(decodeAnswers(encodeAnswers({}))).toEqual({ ok: true, answers: {}, version: current });
  });

  it('still reads every v1 link already sent, with the meaning it had (19 fields, trailing unanswered ones dropped)', () => {
    expect(decodeAnswers('v1.0_y_m_y_y_y_y_y_y_0___100000__y_y__100_20210324')).toEqual({
      ok: true,
      answers: sentSaas,
      version: 1,
    });
    expect(decodeAnswers('v1.0_y')).toEqual({
      ok: true,
      answers: { offerType: 'saas', transactable: true },
      version: 1,
    });
    expect(decodeAnswers('v1.')).toEqual({ ok: true, answers: {}, version: 1 });
  });

  it('rejects a v2 link with fewer or more fields than v2 writes as damaged, never as fewer answers', () => {
    const code = encodeAnswers(qualifyingSaas);
    expect(decodeErrors(code.slice(0, code.lastIndexOf('_')))).toEqual([{ path: '', code: 'malformed' }]);
    expect(decodeErrors(`${code}_y`)).toEqual([{ path: '', code: 'malformed' }]);
    expect(decodeErrors('v2.0_y')).toEqual([{ path: '', code: 'malformed' }]);
    // v1 knew 19 fields: a 20th is damage, not a publication date.
    expect(decodeErrors(`v1.${'_'.repeat(v1Fields)}20230801`)).toEqual([{ path: '', code: 'malformed' }]);
  });

  it('a link without &edition opens: v1 the seed edition, v2 the edition in force on its date, or the newest', () => {
    expect(editionForLink(1, { qualifiesOn: '2026-12-20' })).toBe('2021-03');
    expect(editionForLink(1, {})).toBe('2021-03');
    expect(editionForLink(2, { qualifiesOn: '2021-08-02' })).toBe('2021-07');
    expect(editionForLink(2, { qualifiesOn: '2026-12-20' })).toBe('2023-07');
    expect(editionForLink(2, {})).toBe('2023-07');
  });

  it('round-trips every valid answer set, in fragment-safe text', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const code = encodeAnswers(answers);
        expect(code).toMatch(fragmentSafe);
        expect(code.startsWith(`v${current}.`)).toBe(true);
        expect(decodeAnswers(code)).toEqual({ ok: true, answers, version: current });
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps -0 and the order of the stores exactly', () => {
    const answers: Answers = { billedRevenueUsd: -0, listedIn: ['appsource', 'azure-marketplace'] };
    const decoded = decodeAnswers(encodeAnswers(answers));
    expect(decoded.ok && Object.is(decoded.answers.billedRevenueUsd, -0)).toBe(true);
    expect(decoded.ok && decoded.answers.listedIn).toEqual(['appsource', 'azure-marketplace']);
  });

  it('fits a full answer set in well under 300 characters', () => {
    const longest: Answers = {
      ...qualifyingSaas,
      offerType: 'dynamics-365-customer-engagement-power-apps',
      listedIn: ['azure-marketplace', 'appsource'],
      servicesCredential: true,
      isvConnectEnrolled: true,
      azureConsumedRevenueUsd: 123_456_789_012.34567,
      // 17 significant digits, as many as a number ever prints with: the longest share code there can be.
      // eslint-disable-next-line no-loss-of-precision
      billedRevenueUsd: 1.2345678901234567e-7,
      monthlySalesUsd: 987_654_321_098.7654,
      teamsOrM365Linked: false,
    };
    expect(encodeAnswers(longest).length).toBeLessThan(150);
    fc.assert(
      fc.property(fullAnswersArb, (answers) => {
        expect(encodeAnswers(answers).length).toBeLessThan(150);
      }),
    );
  });

  it.each([
    ['empty text', '', { path: '', code: 'malformed' }],
    ['no version', 'hello', { path: '', code: 'malformed' }],
    ['a version with no body marker', 'v1', { path: '', code: 'malformed' }],
    ['a future version', 'v9.0_y', { path: '', code: 'unsupported_version' }],
    ['a v2 link cut short', 'v2.0_y_m', { path: '', code: 'malformed' }],
    ['an unknown offer type letter', 'v1.z', { path: 'offerType', code: 'malformed' }],
    ['a yes/no that is neither', 'v1.0_maybe', { path: 'transactable', code: 'malformed' }],
    ['an unknown store letter', 'v1.0_y_mx', { path: 'listedIn', code: 'malformed' }],
    ['a store twice', 'v1.0_y_aa', { path: 'listedIn', code: 'invalid_value' }],
    ['a negative amount', 'v1.____________-5', { path: 'azureConsumedRevenueUsd', code: 'malformed' }],
    ['an absurd amount', 'v1.____________9999999999999', { path: 'azureConsumedRevenueUsd', code: 'too_large' }],
    ['an impossible date', 'v1.__________________20210230', { path: 'qualifiesOn', code: 'invalid_date' }],
    ['one field too many', `v1.${'_'.repeat(v1Fields)}y`, { path: '', code: 'malformed' }],
    ['a pasted URL fragment', '#v1.0_y&edition=2023-07', { path: '', code: 'malformed' }],
    ['something very long', `v1.${'y_'.repeat(5000)}`, { path: '', code: 'malformed' }],
  ])('rejects %s with the field named', (_, text, expected) => {
    expect(decodeErrors(text)).toEqual([expected]);
  });

  it('reports every unreadable field at once', () => {
    expect(decodeErrors('v1.q_q_q')).toEqual([
      { path: 'offerType', code: 'malformed' },
      { path: 'transactable', code: 'malformed' },
      { path: 'listedIn', code: 'malformed' },
    ]);
  });

  it('never throws, whatever the text', () => {
    const junk = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ maxLength: 60 }).map((s) => `v1.${s}`),
      fc
        .array(fc.constantFrom('y', 'n', '0', 'm', 'a', '1e-7', '-0', '20210230', '', 'zz', '.'), { maxLength: 25 })
        .map((p) => `v1.${p.join('_')}`),
    );
    fc.assert(
      fc.property(junk, (text) => {
        const result = decodeAnswers(text);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(typeof e.path).toBe('string');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws for input that is not text at all', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((value) => typeof value !== 'string'),
        (value) => {
          expect(decodeAnswers(value as string)).toMatchObject({
            ok: false,
            errors: [{ path: '', code: 'malformed' }],
          });
        },
      ),
    );
  });
});
