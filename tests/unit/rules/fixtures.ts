import fc from 'fast-check';
import {
  answerFields,
  assess,
  fieldKind,
  getEdition,
  stores,
  type AnswerField,
  type Answers,
  type Assessment,
  type StatusId,
} from '../../../src/rules/index.ts';

import { latestDate } from '../../../src/rules/core/answers.ts';
import { partnerReady } from './answer-sets.ts';

export { qualifyingSaas } from './answer-sets.ts';

/** Co-sell ready answers for any offer type (services credential and ISV Connect answered yes). */
export function coSellReady(offerType: Answers['offerType'], extra: Answers = {}): Answers {
  return {
    offerType,
    listedIn: ['appsource'],
    ...partnerReady,
    servicesCredential: true,
    isvConnectEnrolled: true,
    ...extra,
  };
}

export function assessed(answers: unknown, edition: string): Assessment {
  const result = assess(answers, edition);
  if (!result.ok) throw new Error(`expected valid answers, got ${JSON.stringify(result.errors)}`);
  return result.assessment;
}

export function requirementOf(a: Assessment, id: string) {
  const found = a.requirements.find((r) => r.id === id);
  if (!found) throw new Error(`${a.edition}: no requirement ${id} in ${a.requirements.map((r) => r.id).join(', ')}`);
  return found;
}

export function rankOf(edition: string, status: StatusId): number {
  return getEdition(edition)?.statuses.find((s) => s.id === status)?.order ?? -1;
}

/** Answers without one field (that question left unanswered). */
export function without(answers: Answers, field: keyof Answers): Answers {
  const copy = { ...answers };
  delete copy[field];
  return copy;
}

const amount = fc.oneof(
  fc.integer({ min: 0, max: 200_000 }),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
  fc.constantFrom(0, -0, 99_999, 100_000, 1e12),
);
const isoDate = fc.oneof(
  fc
    .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date(`${latestDate}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  // The last days whose reduced fee can start in a four-digit year.
  fc.constantFrom('9999-10-01', '9999-10-29', latestDate),
);

/** Values worth drawing for some questions, beyond what their kind allows. */
const special: Partial<Record<AnswerField, fc.Arbitrary<unknown>>> = {
  // Around the day 2023-07 requirement 4 starts, and any other day.
  firstPublishedOn: fc.oneof(fc.constantFrom('2023-07-10', '2023-07-11', '2021-03-01'), isoDate),
};

/** Each question's values, by the kind of value it takes (src/rules/core/questions.ts). */
function arbitraryOf(field: AnswerField): fc.Arbitrary<unknown> {
  const kind = fieldKind(field);
  switch (kind.type) {
    case 'yes-no':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...kind.values);
    case 'stores':
      return fc.shuffledSubarray([...stores]);
    case 'amount':
      return amount;
    case 'date':
      return isoDate;
  }
}

const fieldArbitraries = Object.fromEntries(
  answerFields.map((field) => [field, special[field] ?? arbitraryOf(field)]),
) as { [K in AnswerField]: fc.Arbitrary<Required<Answers>[K]> };

/** Any valid answer set: every field optional, values drawn from the schema's domain. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(fieldArbitraries, { requiredKeys: [] });

/** A complete answer set (every question answered). */
export const fullAnswersArb: fc.Arbitrary<Answers> = fc.record(fieldArbitraries);

export const yesNoFields = answerFields.filter((field) => fieldKind(field).type === 'yes-no');
