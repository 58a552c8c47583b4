// Inline in the root 404 only, right after its two language blocks (hashed into the CSP like the bootstrap): at an
// address under the second block's home (a mistyped /en/… address), that block comes first, in reading order and
// on screen, before the page is first drawn, and names the tab. Here, not in the bootstrap every page carries.
(() => {
  const [first, other] = document.querySelectorAll('.not-found');
  if (location.pathname.startsWith(other.querySelector('a').pathname)) {
    first.before(other);
    document.title = other.dataset.title;
  }
})();
