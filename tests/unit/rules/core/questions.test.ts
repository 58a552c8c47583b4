import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../../src/rules/core/answers.ts';
import { favourableAnswer, questions, type QuestionId } from '../../../../src/rules/core/questions.ts';

const entries = Object.entries(questions);

describe('question registry', () => {
  it('gives every question its own place in the share code, with no gap', () => {
    const places = entries.map(([, q]) => q.share.at).sort((a, b) => a - b);
    expect(places).toEqual(entries.map((_, i) => i));
  });

  it('puts the questions an older share-code version knew before those added later', () => {
    // A version's fields are the first ones of the code, so an older link still reads under the newer format.
    const byPlace = [...entries].sort(([, a], [, b]) => a.share.at - b.share.at);
    const versions = byPlace.map(([, q]) => q.share.since);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('gives each question an answer its own schema accepts to favour the benefits, a choice none', () => {
    for (const [id, q] of entries) {
      const answer = favourableAnswer(id as QuestionId);
      if (q.schema.type === 'choice') expect(answer, id).toBeUndefined();
      else if (answer !== undefined) expect(validateAnswers({ [id]: answer }), id).toMatchObject({ ok: true });
      // Only a date may lack one: the date asked about picks the edition.
      else expect(q.schema.type, id).toBe('date');
    }
  });
});
