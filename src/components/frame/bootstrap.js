// Inline in every page's <head> (hashed into the CSP): runs before first paint so the stored theme never
// flashes, then hands clicks and Ctrl/Cmd+K to the on-demand module whose URL the layout puts on <html>;
// once the page is parsed, it opens the contents column and marks the section being read there (on a phone, in
// the sticky contents bar's summary). The menu is the platform's modal dialog (opening, inert page, Escape, focus
// return): no script. Every byte here is in every page's HTML, so it is written small.
(() => {
  const d = document;
  const r = d.documentElement;
  const on = (type, f) => d.addEventListener(type, f);
  try {
    // 'system' is stored as such and simply not applied.
    const stored = localStorage.theme;
    if (/^(light|dark)$/.test(stored)) r.dataset.theme = stored;
  } catch {}
  r.classList.add('js');
  // The theme button is named by the theme in use (its names on data-*), its title the same for the icon alone.
  const showTheme = (b = d.getElementById('theme')) => {
    if (b) {
      b.lastElementChild.textContent = b.dataset[r.dataset.theme || 'system'];
      b.title = b.textContent;
    }
  };
  const act = (name, el) =>
    r.dataset.frameJs &&
    import(r.dataset.frameJs).then(() => d.dispatchEvent(new CustomEvent('frame:act', { detail: [name, el] })));
  // The section being read: the last heading scrolled up to where a link to it puts it (the scroll padding: under
  // the header, and on a phone under the contents bar too).
  const reading = (top = parseFloat(getComputedStyle(r).scrollPaddingTop) + 9) =>
    [...d.querySelectorAll('.heading>[id]')].findLast((h) => h.getBoundingClientRect().top < top);
  on('click', (e) => {
    const el = e.target.closest('[data-act]');
    const toc = e.target.closest('.toc');
    // Under the title (not the column), the contents close once a section is picked, uncovering it.
    if (toc?.offsetParent && e.target.closest('a')) toc.open = false;
    // The theme button cycles system → light → dark; 'system' is stored as such and simply not applied.
    if (e.target.closest('#theme')) {
      const theme = { system: 'light', light: 'dark' }[r.dataset.theme || 'system'] || 'system';
      r.dataset.theme = theme;
      try {
        localStorage.theme = theme;
      } catch {}
      showTheme();
    }
    // The language switch keeps the section (same ids in both locales), with or without a # in the address.
    if (el?.hreflang) el.hash = location.hash || reading()?.id || '';
    else if (el) act(el.dataset.act, el);
  });
  on('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key == 'k') {
      e.preventDefault();
      act('search');
    }
  });
  on('DOMContentLoaded', () => {
    showTheme();
    const toc = d.querySelector('.toc');
    if (!toc) return;
    // No offset parent: the contents are the fixed column beside the text (global.css), not under the title.
    if (!toc.offsetParent) toc.open = true;
    const mark = () => {
      const h = reading();
      // Above the first section, the page's start: named by its title.
      toc.firstElementChild.dataset.at = (h || d.querySelector('h1'))?.textContent || '';
      for (const a of toc.querySelectorAll('a')) a.setAttribute('aria-current', a.hash === '#' + (h?.id || '_top'));
    };
    mark();
    addEventListener('scroll', mark);
  });
})();
