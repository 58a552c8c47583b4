import { describe, expect, it } from 'vitest';
import { questions } from '../../../../src/rules/core/questions.ts';

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
});
