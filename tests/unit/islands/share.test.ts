import { describe, expect, it } from 'vitest';
import { parseFragment, shareFragment } from '../../../src/stores/share.ts';
import { answerFields, seedEditionId, type Answers } from '../../../src/rules/index.ts';
import { formGroups } from '../../../src/islands/lib/fields.ts';

const noAnchors = () => false;
const answers: Answers = { offerType: 'saas', transactable: true, listedIn: ['appsource'], monthlySalesUsd: 10000 };

describe('share fragment', () => {
  // Without `&edition`, a v1 link opens the seed edition it was made under; a later version pins nothing.
  const unnamed = (fragment: string) => (fragment.startsWith('#v1.') ? seedEditionId : '');

  it('round-trips answers with no edition pinned without naming one', () => {
    const fragment = shareFragment(answers, '');
    expect(fragment).toMatch(/^#[^#&?]+$/);
    expect(parseFragment(fragment, noAnchors)).toEqual({ kind: 'answers', answers, edition: unnamed(fragment) });
  });

  it('names any other edition after the answers', () => {
    const fragment = shareFragment(answers, '2023-07');
    expect(fragment).toMatch(/&edition=2023-07$/);
    expect(parseFragment(fragment, noAnchors)).toEqual({ kind: 'answers', answers, edition: '2023-07' });
  });

  it('falls back to a link without an edition, with a notice, for an edition it does not know', () => {
    const fragment = `${shareFragment(answers, '')}&edition=2099-01`;
    expect(parseFragment(fragment, noAnchors)).toEqual({
      kind: 'answers',
      answers,
      edition: unnamed(fragment),
      notice: 'link-edition',
    });
  });

  it.each(['#garbage', '#v1.!!!!', '#%E0%A4%A'])('reports %j as a broken link', (hash) => {
    expect(parseFragment(hash, noAnchors)).toMatchObject({ kind: 'broken' });
  });

  it('leaves an empty hash and a heading anchor alone', () => {
    expect(parseFragment('', noAnchors)).toEqual({ kind: 'none' });
    expect(parseFragment('#content', (id) => id === 'content')).toEqual({ kind: 'none' });
  });
});

describe('form groups', () => {
  it('ask every answer of the engine exactly once', () => {
    const asked = formGroups.flatMap((g) => g.fields);
    expect([...asked].sort()).toEqual([...answerFields].sort());
  });
});
