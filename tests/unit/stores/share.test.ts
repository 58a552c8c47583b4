import { describe, expect, it } from 'vitest';
import { parseFragment, shareFragment } from '../../../src/stores/share.ts';
import { answerFields, defaultEditionId, type Answers } from '../../../src/rules/index.ts';
import { formGroups } from '../../../src/islands/lib/fields.ts';

const noAnchors = () => false;
const answers: Answers = { offerType: 'saas', transactable: true, listedIn: ['appsource'], monthlySalesUsd: 10000 };

describe('share fragment', () => {
  it('always names the edition after the answers, the default one too, so a link keeps its meaning', () => {
    for (const edition of [defaultEditionId, '2021-03']) {
      const fragment = shareFragment(answers, edition);
      expect(fragment).toMatch(new RegExp(`^#v\\d+\\.[^#&?]+&edition=${edition}$`));
      expect(parseFragment(fragment, noAnchors)).toEqual({ kind: 'answers', answers, edition });
    }
  });

  it('opens a v1 link without an edition on the March 2021 rules it was sent under', () => {
    expect(parseFragment('#v1.0_y_a', noAnchors)).toEqual({
      kind: 'answers',
      answers: { offerType: 'saas', transactable: true, listedIn: ['appsource'] },
      edition: '2021-03',
    });
  });

  it('opens a v2 link without an edition unpinned: the calculator takes the edition in force on its date, or the newest', () => {
    const code = (a: Answers) => shareFragment(a, '');
    expect(code(answers)).not.toContain('&');
    expect(parseFragment(code({ ...answers, qualifiesOn: '2021-08-02' }), noAnchors)).toMatchObject({ edition: '' });
    expect(parseFragment(code(answers), noAnchors)).toMatchObject({ edition: '' });
  });

  it('falls back to no pinned edition, with a notice, for an edition it does not know', () => {
    const fragment = `${shareFragment(answers, '')}&edition=2099-01`;
    expect(parseFragment(fragment, noAnchors)).toEqual({
      kind: 'answers',
      answers,
      edition: '',
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

describe('share link parts that cannot be read', () => {
  const code = shareFragment(answers, defaultEditionId).replace(/&edition=.*$/, '');
  it.each([
    '&EDITION=2023-07',
    '&edition',
    '&edition%3D2023-07',
    '&%65dition=2023-07',
    '&edition=2023-07&edition=2021-07',
    '&garbage',
    '&',
  ])('ignores %j with the same notice, keeping the answers', (tail) => {
    expect(parseFragment(`${code}${tail}`, noAnchors)).toEqual({
      kind: 'answers',
      answers,
      edition: '',
      notice: 'link-edition',
    });
  });

  it('reads a known edition with no notice', () => {
    expect(parseFragment(`${code}&edition=2021-03`, noAnchors)).toEqual({
      kind: 'answers',
      answers,
      edition: '2021-03',
    });
  });
});
