import { isEditionId, seedEditionId, type Answers } from '../rules/browser.ts';
import { decodeAnswers, encodeAnswers } from '../rules/codec.ts';
import { answersStore, editionStore } from './answers.ts';
import { addNotice, type Notice } from './notices.ts';

export type ParsedFragment =
  | { kind: 'none' }
  | { kind: 'answers'; answers: Answers; edition: string; notice?: Notice }
  | { kind: 'broken'; notice: Notice };

/** The fragment of a share link: `#<encodeAnswers(...)>` plus `&edition=<id>` when an edition is named. */
export function shareFragment(answers: Answers, edition: string): string {
  const editionPart = edition ? `&edition=${edition}` : '';
  return `#${encodeAnswers(answers)}${editionPart}`;
}

/**
 * Reads a location hash. `isAnchor` tells a link to a heading on the page (the skip link, a
 * table of contents) from a share link, so following one never reads as a broken link.
 */
export function parseFragment(hash: string, isAnchor: (id: string) => boolean): ParsedFragment {
  const text = hash.replace(/^#/, '');
  if (text === '' || isAnchor(text)) return { kind: 'none' };
  const [encoded = '', ...params] = text.split('&');
  const decoded = decodeAnswers(encoded);
  if (!decoded.ok) {
    const outdated = decoded.errors.some((e) => 'code' in e && e.code === 'unsupported_version');
    return { kind: 'broken', notice: outdated ? 'link-outdated' : 'link-broken' };
  }
  // Without `&edition`, a v1 link keeps the meaning it was made with (the seed's rules); a later one pins nothing.
  const unnamed = decoded.version === 1 ? seedEditionId : '';
  const editionParam = params.find((p) => p.startsWith('edition='))?.slice('edition='.length);
  if (editionParam === undefined) return { kind: 'answers', answers: decoded.answers, edition: unnamed };
  if (isEditionId(editionParam)) return { kind: 'answers', answers: decoded.answers, edition: editionParam };
  return { kind: 'answers', answers: decoded.answers, edition: unnamed, notice: 'link-edition' };
}

function applyLocationHash(): void {
  const parsed = parseFragment(location.hash, (id) => {
    try {
      return document.getElementById(decodeURIComponent(id)) !== null;
    } catch {
      return false;
    }
  });
  if (parsed.kind === 'broken') addNotice(parsed.notice);
  if (parsed.kind !== 'answers') return;
  if (parsed.notice) addNotice(parsed.notice);
  answersStore.set(parsed.answers);
  editionStore.set(parsed.edition);
}

function writeLocationHash(): void {
  const answers = answersStore.get();
  const edition = editionStore.get();
  const empty = Object.keys(answers).length === 0 && edition === '';
  const fragment = empty ? '' : shareFragment(answers, edition);
  // replaceState: typing must not fill the back button's history, and never a query string.
  if (location.hash !== fragment) history.replaceState(history.state, '', `${location.pathname}${fragment}`);
}

/** Keeps the calculator page's URL fragment and the shared answers in step. Returns a stop function. */
export function syncWithLocation(): () => void {
  applyLocationHash();
  if (location.hash === '') writeLocationHash();
  window.addEventListener('hashchange', applyLocationHash);
  const stopAnswers = answersStore.listen(writeLocationHash);
  const stopEdition = editionStore.listen(writeLocationHash);
  return () => {
    window.removeEventListener('hashchange', applyLocationHash);
    stopAnswers();
    stopEdition();
  };
}
