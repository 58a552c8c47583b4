import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Aside from '../../../../src/components/frame/Aside.astro';
import { ja } from '../../../../src/i18n/ja.ts';

describe('Aside', () => {
  it('is a note titled by its type, holding the page text', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Aside, {
      props: { type: 'history' },
      slots: { default: '<p>This rule ended in 2021.</p>' },
    });
    expect(html).toMatch(/<div class="aside aside-history" role="note">/);
    expect(html).toContain(`<p class="aside-title">${ja['frame.asideHistory']}</p>`);
    expect(html).toContain('<p>This rule ended in 2021.</p>');
  });

  it('takes a title of its own, and is a plain note by default', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Aside, {
      props: { title: 'Until June 2021' },
      slots: { default: 'x' },
    });
    expect(html).toMatch(/class="aside aside-note"/);
    expect(html).toContain('<p class="aside-title">Until June 2021</p>');
  });
});
