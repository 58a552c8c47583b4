// The on-demand module: bootstrap.js imports it on the first search or copy and then dispatches each action
// as a `frame:act` event. Nothing here runs before the reader asks for it.
import { openSearch } from './search.ts';
import { sectionMarkdown } from './section-markdown.ts';
import { onDemandText } from './on-demand-text.ts';

/** The action's name and the element that asked for it (none for Ctrl/Cmd+K). */
type Action = [name: string, el?: HTMLElement | null];

const said = { link: 'frame.copiedLink', md: 'frame.copiedMd', fail: 'frame.copyFailed' } as const;

function announce(key: keyof typeof said): void {
  const status = document.getElementById('frame-status');
  if (!status) return;
  status.textContent = onDemandText()[said[key]];
  status.classList.add('shown');
  setTimeout(() => status.classList.remove('shown'), 2500);
}

async function copy(text: string, done: 'link' | 'md'): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    announce('fail');
  }
}

function act([name, el]: Action): void {
  if (name === 'search') openSearch();
  else if (name === 'copy-link' && el instanceof HTMLAnchorElement) void copy(el.href, 'link');
  else if (name === 'copy-md' && el) {
    const heading = document.getElementById(el.getAttribute('aria-describedby') ?? '');
    if (heading) void copy(sectionMarkdown(heading, location.href), 'md');
  }
}

document.addEventListener('frame:act', (e) => act((e as CustomEvent<Action>).detail));
