// "Copy this section as Markdown": turns the rendered section back into Markdown a support reply can paste,
// with absolute links so they work outside the site.

// Islands are forms answered in this browser: their options and live result mean nothing pasted elsewhere.
// A <noscript>'s content is raw markup text while scripts run.
const skipped = '[data-pagefind-ignore], script, style, button, template, noscript, astro-island';

function inline(node: Node, base: string): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (!(node instanceof Element) || node.matches(skipped)) return '';
  const inner = () => [...node.childNodes].map((c) => inline(c, base)).join('');
  switch (node.localName) {
    case 'a': {
      const href = node.getAttribute('href');
      return href ? `[${inner().trim()}](${new URL(href, base).href})` : inner();
    }
    case 'strong':
    case 'b':
      return `**${inner().trim()}**`;
    case 'em':
    case 'i':
      return `*${inner().trim()}*`;
    case 'code':
      return `\`${node.textContent ?? ''}\``;
    case 'br':
      return '  \n';
    default:
      return inner();
  }
}

const text = (el: Element, base: string) => inline(el, base).trim();

function list(el: Element, base: string, depth: number): string {
  const ordered = el.localName === 'ol';
  return [...el.children]
    .filter((li) => li.localName === 'li')
    .map((li, i) => {
      const marker = ordered ? `${i + 1}.` : '-';
      const own = [...li.childNodes].filter((c) => !(c instanceof Element && /^(ul|ol)$/.test(c.localName)));
      const line = `${'  '.repeat(depth)}${marker} ${own
        .map((c) => inline(c, base))
        .join('')
        .trim()}`;
      const nested = [...li.children].filter((c) => /^(ul|ol)$/.test(c.localName)).map((c) => list(c, base, depth + 1));
      return [line, ...nested].join('\n');
    })
    .join('\n');
}

/** A table cell is one Markdown line: its paragraphs and list items become lines joined by <br>. */
function cell(el: Element, base: string): string {
  const lines: string[] = [];
  let current = '';
  for (const node of el.childNodes) {
    if (node instanceof Element && /^(p|div|ul|ol)$/.test(node.localName) && !node.matches(skipped)) {
      const items = /^(ul|ol)$/.test(node.localName)
        ? [...node.children].map((li) => `- ${text(li, base)}`)
        : [text(node, base)];
      lines.push(current, ...items);
      current = '';
    } else current += inline(node, base);
  }
  return [...lines, current]
    .map((l) => l.trim())
    .filter(Boolean)
    .join('<br>')
    .replaceAll('|', '\\|');
}

function table(el: Element, base: string): string {
  const rows = [...el.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => cell(c, base)));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
  const [head, ...body] = rows;
  // The caption tells apart the tables of one section (one per status or edition).
  const caption = el.querySelector(':scope > caption');
  const title = caption ? [`**${text(caption, base)}**`, ''] : [];
  return [...title, line(head!), line(Array(width).fill('---')), ...body.map(line)].join('\n');
}

function block(el: Element, base: string): string {
  if (el.matches(skipped)) return '';
  const heading = /^h([1-6])$/.exec(el.localName);
  if (heading) return `${'#'.repeat(Number(heading[1]))} ${text(el, base)}`;
  switch (el.localName) {
    case 'p':
      return text(el, base);
    case 'ul':
    case 'ol':
      return list(el, base, 0);
    case 'table':
      return table(el, base);
    case 'pre':
      return `\`\`\`\n${(el.textContent ?? '').replace(/\n$/, '')}\n\`\`\``;
    case 'blockquote':
      return blocks([...el.children], base)
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
    default:
      // Wrappers (figures, islands, the heading's own wrapper): their blocks, or their text if they hold none.
      return el.children.length ? blocks([...el.children], base) : text(el, base);
  }
}

function blocks(els: Element[], base: string): string {
  return els
    .map((el) => block(el, base))
    .filter(Boolean)
    .join('\n\n');
}

/** The elements of the section that `heading` (an h2) opens: up to the next h2 or the end of the article. */
export function sectionElements(heading: Element): Element[] {
  const start = heading.closest('.heading') ?? heading;
  const out = [start];
  for (let el = start.nextElementSibling; el; el = el.nextElementSibling) {
    if (el.matches('h2, .source-date') || el.querySelector(':scope > h2')) break;
    out.push(el);
  }
  return out;
}

/** The section opened by `heading` as Markdown, headed by its address on the site. */
export function sectionMarkdown(heading: Element, pageUrl: string): string {
  const address = new URL(`#${heading.id}`, pageUrl).href;
  const [first, ...rest] = sectionElements(heading);
  return `${block(first!, pageUrl)}\n\n<${address}>\n\n${blocks(rest, pageUrl)}`.trim() + '\n';
}

/** A whole guide page's article as Markdown, headed by its address (the build's /<locale>/<slug>.md). */
export function articleMarkdown(article: Element, pageUrl: string): string {
  const [first, ...rest] = [...article.children];
  if (!first) return '';
  return `${block(first, pageUrl)}\n\n<${pageUrl}>\n\n${blocks(rest, pageUrl)}`.trim() + '\n';
}
